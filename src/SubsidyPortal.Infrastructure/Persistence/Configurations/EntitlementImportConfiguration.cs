using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Infrastructure.Files;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class EntitlementImportConfiguration : IEntityTypeConfiguration<EntitlementImport>
{
    public void Configure(EntityTypeBuilder<EntitlementImport> builder)
    {
        builder.ToTable("entitlement_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(i => i.PolicyId).HasColumnName("policy_id").HasMaxLength(40).IsRequired();
        builder.Property(i => i.ClauseId).HasColumnName("clause_id").HasMaxLength(100).IsRequired();
        builder.Property(i => i.Year).HasColumnName("year");
        builder.Property(i => i.ReferenceDate).HasColumnName("reference_date");
        builder.Property(i => i.FileName).HasColumnName("file_name").HasMaxLength(EntitlementImport.FileNameMaxLength).IsRequired();
        builder.Property(i => i.Sha256).HasColumnName("sha256").HasMaxLength(64).IsRequired();
        // The same file again is allowed (its confirm creates nothing new); the index finds earlier uploads of it.
        builder.HasIndex(i => new { i.Sha256, i.ClauseId, i.Year });
        builder.Property(i => i.FileId).HasColumnName("file_id");
        builder.HasOne<StoredFileRecord>().WithMany().HasForeignKey(i => i.FileId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Headers).AsJson("headers");
        builder.Property(i => i.Mapping).AsJson("mapping");
        builder.Property(i => i.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => i.Status);
        builder.Property(i => i.TotalRows).HasColumnName("total_rows");
        builder.Property(i => i.ProcessedRows).HasColumnName("processed_rows");
        builder.Property(i => i.EligibleRows).HasColumnName("eligible_rows");
        builder.Property(i => i.EligibleAmount).HasColumnName("eligible_amount").HasPrecision(18, 2);
        builder.Property(i => i.GrantedRows).HasColumnName("granted_rows");
        builder.Property(i => i.GrantedAmount).HasColumnName("granted_amount").HasPrecision(18, 2);
        builder.Property(i => i.FailureReason).HasColumnName("failure_reason").HasMaxLength(EntitlementImport.ReasonMaxLength);
        builder.Property(i => i.CreatedBy).HasColumnName("created_by");
        builder.Property(i => i.CreatedByName).HasColumnName("created_by_name").HasMaxLength(100).IsRequired();
        builder.Property(i => i.CreatedAt).HasColumnName("created_at");
        builder.Property(i => i.ConfirmedBy).HasColumnName("confirmed_by");
        builder.Property(i => i.ConfirmedByName).HasColumnName("confirmed_by_name").HasMaxLength(100);
        builder.Property(i => i.ConfirmedAt).HasColumnName("confirmed_at");
        builder.Property(i => i.HistoryCount).HasColumnName("history_count");
        builder.Ignore(i => i.NewHistory);
        builder.Ignore(i => i.IsRunning);
        builder.Ignore(i => i.Confirmer);
        builder.Ignore(i => i.DomainEvents);
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
    }
}

internal sealed class EntitlementImportRowConfiguration : IEntityTypeConfiguration<EntitlementImportRow>
{
    public void Configure(EntityTypeBuilder<EntitlementImportRow> builder)
    {
        builder.ToTable("entitlement_import_rows");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.ImportId).HasColumnName("import_id");
        builder.HasOne<EntitlementImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.RowNumber).HasColumnName("row_number");
        // A resumed preview continues after the last saved row, so a row is never written twice.
        builder.HasIndex(r => new { r.ImportId, r.RowNumber }).IsUnique();
        builder.HasIndex(r => new { r.ImportId, r.Outcome });
        builder.Property(r => r.UsccText).HasColumnName("uscc_text").HasMaxLength(EntitlementImportRow.TextMaxLength).IsRequired();
        builder.Property(r => r.Name).HasColumnName("name").HasMaxLength(EntitlementImportRow.TextMaxLength);
        builder.Property(r => r.RawValues).AsJson("raw_values");
        builder.Property(r => r.EnterpriseId).HasColumnName("enterprise_id");
        builder.HasOne<Domain.Enterprises.Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.EnterpriseName).HasColumnName("enterprise_name").HasMaxLength(EntitlementImportRow.TextMaxLength);
        builder.Property(r => r.Outcome).HasColumnName("outcome").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Amount).HasColumnName("amount").HasPrecision(18, 2);
        builder.Property(r => r.ReasonCode).HasColumnName("reason_code").HasMaxLength(100).IsRequired();
        builder.Property(r => r.ReasonZh).HasColumnName("reason_zh").HasMaxLength(EntitlementImportRow.ReasonMaxLength);
        builder.Property(r => r.ReasonEn).HasColumnName("reason_en").HasMaxLength(EntitlementImportRow.ReasonMaxLength);
        builder.Property(r => r.AwardId).HasColumnName("award_id");
        builder.HasOne<Domain.Awards.Award>().WithMany().HasForeignKey(r => r.AwardId).OnDelete(DeleteBehavior.Restrict);
    }
}
