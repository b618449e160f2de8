using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.ToTable("awards");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.Property(a => a.AwardNumber).HasColumnName("award_number").HasMaxLength(40).IsRequired();
        builder.HasIndex(a => a.AwardNumber).IsUnique();
        builder.Property(a => a.Source).HasColumnName("source").HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.SourceKey).HasColumnName("source_key").HasMaxLength(200).IsRequired();
        // One award per application, and per (clause, enterprise, year) for 免申即享: re-imports create nothing twice.
        builder.HasIndex(a => a.SourceKey).IsUnique();
        builder.Property(a => a.ApplicationId).HasColumnName("application_id");
        builder.HasOne<SubsidyApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.CallId).HasColumnName("call_id");
        builder.Property(a => a.EntitlementImportId).HasColumnName("entitlement_import_id");
        builder.Property(a => a.PolicyId).HasColumnName("policy_id").HasMaxLength(40).IsRequired();
        builder.Property(a => a.ClauseId).HasColumnName("clause_id").HasMaxLength(100).IsRequired();
        builder.Property(a => a.EnterpriseId).HasColumnName("enterprise_id");
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.EnterpriseId);
        builder.Property(a => a.TownOrParkId).HasColumnName("town_or_park_id");
        builder.Property(a => a.RecipientName).HasColumnName("recipient_name").HasMaxLength(200).IsRequired();
        builder.Property(a => a.Uscc).HasColumnName("uscc").HasMaxLength(18).IsRequired();
        builder.Property(a => a.ProjectName).HasColumnName("project_name").HasMaxLength(Award.ProjectNameMaxLength).IsRequired();
        builder.Property(a => a.Amount).HasColumnName("amount").HasPrecision(18, 2);
        builder.Property(a => a.AwardedOn).HasColumnName("awarded_on");
        builder.Property(a => a.Year).HasColumnName("year");
        builder.Property(a => a.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.PolicyId, a.Year, a.Status });
        builder.HasIndex(a => new { a.AwardedOn, a.AwardNumber });
        builder.Property(a => a.BankAccountName).HasColumnName("bank_account_name").HasMaxLength(200);
        builder.Property(a => a.BankName).HasColumnName("bank_name").HasMaxLength(200);
        builder.Property(a => a.BankAccountNumber).HasColumnName("bank_account_number").HasMaxLength(30);
        builder.Property(a => a.BankAccountConfirmedAt).HasColumnName("bank_account_confirmed_at");
        builder.Property(a => a.RevocationGround).HasColumnName("revocation_ground").HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.RevocationNote).HasColumnName("revocation_note").HasMaxLength(Award.NoteMaxLength);
        builder.Property(a => a.RevokedAt).HasColumnName("revoked_at");
        builder.Property(a => a.CreatedAt).HasColumnName("created_at");
        builder.Property(a => a.HistoryCount).HasColumnName("history_count");
        builder.Ignore(a => a.NewHistory);
        builder.Ignore(a => a.PaidAmount);
        builder.Ignore(a => a.UnpaidAmount);
        builder.HasMany(a => a.Tranches).WithOne().HasForeignKey(t => t.AwardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Tranches).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
        builder.Ignore(a => a.DomainEvents);
    }
}

internal sealed class AwardTrancheConfiguration : IEntityTypeConfiguration<AwardTranche>
{
    public void Configure(EntityTypeBuilder<AwardTranche> builder)
    {
        builder.ToTable("award_tranches");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(t => t.AwardId).HasColumnName("award_id");
        builder.Property(t => t.Sequence).HasColumnName("sequence");
        builder.HasIndex(t => new { t.AwardId, t.Sequence }).IsUnique();
        builder.Property(t => t.Label).HasColumnName("label").HasMaxLength(AwardTranche.LabelMaxLength).IsRequired();
        builder.Property(t => t.Amount).HasColumnName("amount").HasPrecision(18, 2);
        builder.Property(t => t.DueOn).HasColumnName("due_on");
        builder.Property(t => t.Condition).HasColumnName("condition").HasMaxLength(AwardTranche.ConditionMaxLength).IsRequired();
        builder.Property(t => t.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => t.Status);
        builder.Property(t => t.BatchId).HasColumnName("batch_id");
        builder.Property(t => t.PaidOn).HasColumnName("paid_on");
        builder.Property(t => t.PaymentReference).HasColumnName("payment_reference").HasMaxLength(60);
        builder.Property(t => t.ReleasedAt).HasColumnName("released_at");
        builder.Ignore(t => t.IsUnpaid);
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
    }
}
