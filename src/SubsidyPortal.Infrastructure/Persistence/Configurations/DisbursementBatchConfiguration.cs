using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class DisbursementBatchConfiguration : IEntityTypeConfiguration<DisbursementBatch>
{
    public void Configure(EntityTypeBuilder<DisbursementBatch> builder)
    {
        builder.ToTable("disbursement_batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasColumnName("id");
        builder.Property(b => b.BatchNumber).HasColumnName("batch_number").HasMaxLength(40).IsRequired();
        builder.HasIndex(b => b.BatchNumber).IsUnique();
        builder.Property(b => b.Description).HasColumnName("description").HasMaxLength(DisbursementBatch.DescriptionMaxLength).IsRequired();
        builder.Property(b => b.AuthorityId).HasColumnName("authority_id").HasMaxLength(40).IsRequired();
        builder.HasIndex(b => b.AuthorityId);
        builder.Property(b => b.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.MakerUserId).HasColumnName("maker_user_id");
        builder.Property(b => b.MakerName).HasColumnName("maker_name").HasMaxLength(100).IsRequired();
        builder.Property(b => b.CreatedAt).HasColumnName("created_at");
        builder.Property(b => b.CheckerUserId).HasColumnName("checker_user_id");
        builder.Property(b => b.CheckerName).HasColumnName("checker_name").HasMaxLength(100);
        builder.Property(b => b.ApprovedAt).HasColumnName("approved_at");
        builder.Property(b => b.FirstExportedAt).HasColumnName("first_exported_at");
        builder.Property(b => b.HistoryCount).HasColumnName("history_count");
        builder.Ignore(b => b.NewHistory);
        builder.Ignore(b => b.Total);
        builder.Ignore(b => b.PaidTotal);
        builder.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Lines).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
        builder.Ignore(b => b.DomainEvents);
    }
}

internal sealed class DisbursementLineConfiguration : IEntityTypeConfiguration<DisbursementLine>
{
    public void Configure(EntityTypeBuilder<DisbursementLine> builder)
    {
        builder.ToTable("disbursement_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(l => l.BatchId).HasColumnName("batch_id");
        builder.Property(l => l.LineNumber).HasColumnName("line_number");
        builder.HasIndex(l => new { l.BatchId, l.LineNumber }).IsUnique();
        builder.Property(l => l.AwardId).HasColumnName("award_id");
        builder.HasOne<Award>().WithMany().HasForeignKey(l => l.AwardId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.AwardNumber).HasColumnName("award_number").HasMaxLength(40).IsRequired();
        builder.Property(l => l.TrancheId).HasColumnName("tranche_id");
        builder.HasOne<AwardTranche>().WithMany().HasForeignKey(l => l.TrancheId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.TrancheId);
        builder.Property(l => l.TrancheLabel).HasColumnName("tranche_label").HasMaxLength(AwardTranche.LabelMaxLength).IsRequired();
        builder.Property(l => l.EnterpriseId).HasColumnName("enterprise_id");
        builder.Property(l => l.RecipientName).HasColumnName("recipient_name").HasMaxLength(200).IsRequired();
        builder.Property(l => l.Uscc).HasColumnName("uscc").HasMaxLength(18).IsRequired();
        builder.Property(l => l.ProjectName).HasColumnName("project_name").HasMaxLength(Award.ProjectNameMaxLength).IsRequired();
        builder.Property(l => l.ClauseId).HasColumnName("clause_id").HasMaxLength(100).IsRequired();
        builder.Property(l => l.PolicyId).HasColumnName("policy_id").HasMaxLength(40).IsRequired();
        builder.Property(l => l.BankAccountName).HasColumnName("bank_account_name").HasMaxLength(200).IsRequired();
        builder.Property(l => l.BankName).HasColumnName("bank_name").HasMaxLength(200).IsRequired();
        builder.Property(l => l.BankAccountNumber).HasColumnName("bank_account_number").HasMaxLength(30).IsRequired();
        builder.Property(l => l.Amount).HasColumnName("amount").HasPrecision(18, 2);
        builder.Property(l => l.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.PaymentReference).HasColumnName("payment_reference").HasMaxLength(DisbursementBatch.ReferenceMaxLength);
        builder.Property(l => l.PaidOn).HasColumnName("paid_on");
        builder.Property(l => l.PaidAt).HasColumnName("paid_at");
        builder.Property(l => l.PaidByUserId).HasColumnName("paid_by_user_id");
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
    }
}

/// <summary>The payment ledger: keyed by tranche, so the database refuses a second payment of one tranche.</summary>
internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments");
        builder.HasKey(p => p.TrancheId);
        builder.Property(p => p.TrancheId).HasColumnName("tranche_id").ValueGeneratedNever();
        builder.HasOne<AwardTranche>().WithOne().HasForeignKey<Payment>(p => p.TrancheId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.AwardId).HasColumnName("award_id");
        builder.HasIndex(p => p.AwardId);
        builder.Property(p => p.BatchId).HasColumnName("batch_id");
        builder.HasOne<DisbursementBatch>().WithMany().HasForeignKey(p => p.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.LineId).HasColumnName("line_id");
        builder.HasIndex(p => p.LineId).IsUnique();
        builder.Property(p => p.Amount).HasColumnName("amount").HasPrecision(18, 2);
        builder.Property(p => p.Reference).HasColumnName("reference").HasMaxLength(DisbursementBatch.ReferenceMaxLength).IsRequired();
        builder.Property(p => p.PaidOn).HasColumnName("paid_on");
        builder.Property(p => p.RecordedByUserId).HasColumnName("recorded_by_user_id");
        builder.Property(p => p.RecordedByName).HasColumnName("recorded_by_name").HasMaxLength(100).IsRequired();
        builder.Property(p => p.RecordedAt).HasColumnName("recorded_at");
    }
}
