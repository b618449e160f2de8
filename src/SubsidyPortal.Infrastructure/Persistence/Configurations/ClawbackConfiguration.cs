using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Awards;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ClawbackConfiguration : IEntityTypeConfiguration<Clawback>
{
    public void Configure(EntityTypeBuilder<Clawback> builder)
    {
        builder.ToTable("clawbacks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.AwardId).HasColumnName("award_id");
        builder.HasOne<Award>().WithMany().HasForeignKey(c => c.AwardId).OnDelete(DeleteBehavior.Restrict);
        // A revoked award has one claw-back.
        builder.HasIndex(c => c.AwardId).IsUnique();
        builder.Property(c => c.AwardNumber).HasColumnName("award_number").HasMaxLength(40).IsRequired();
        builder.Property(c => c.EnterpriseId).HasColumnName("enterprise_id");
        builder.Property(c => c.RecipientName).HasColumnName("recipient_name").HasMaxLength(200).IsRequired();
        builder.Property(c => c.AmountDue).HasColumnName("amount_due").HasPrecision(18, 2);
        builder.Property(c => c.AmountRecovered).HasColumnName("amount_recovered").HasPrecision(18, 2);
        builder.Property(c => c.AmountWrittenOff).HasColumnName("amount_written_off").HasPrecision(18, 2);
        builder.Ignore(c => c.Outstanding);
        builder.Property(c => c.PlanNumber).HasColumnName("plan_number");
        builder.Property(c => c.PlanBaseline).HasColumnName("plan_baseline").HasPrecision(18, 2);
        builder.OwnsOne(c => c.PendingWriteOff, w =>
        {
            w.Property(x => x.Amount).HasColumnName("write_off_amount").HasPrecision(18, 2);
            w.Property(x => x.Reason).HasColumnName("write_off_reason").HasMaxLength(500);
            w.Property(x => x.ProposedByUserId).HasColumnName("write_off_proposed_by");
            w.Property(x => x.ProposedByName).HasColumnName("write_off_proposed_by_name").HasMaxLength(100);
            w.Property(x => x.ProposedAt).HasColumnName("write_off_proposed_at");
        });
        builder.Ignore(c => c.PlanInForce);
        builder.Property(c => c.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OpenedAt).HasColumnName("opened_at");
        builder.Property(c => c.RecoveredAt).HasColumnName("recovered_at");
        builder.Property(c => c.HistoryCount).HasColumnName("history_count");
        builder.Ignore(c => c.NewHistory);
        builder.HasMany(c => c.Recoveries).WithOne().HasForeignKey(r => r.ClawbackId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Recoveries).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(c => c.Instalments).WithOne().HasForeignKey(i => i.ClawbackId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Instalments).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
        builder.Ignore(c => c.DomainEvents);
    }
}

internal sealed class ClawbackRecoveryConfiguration : IEntityTypeConfiguration<ClawbackRecovery>
{
    public void Configure(EntityTypeBuilder<ClawbackRecovery> builder)
    {
        builder.ToTable("clawback_recoveries");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.ClawbackId).HasColumnName("clawback_id");
        builder.Property(r => r.Sequence).HasColumnName("sequence");
        builder.HasIndex(r => new { r.ClawbackId, r.Sequence }).IsUnique();
        builder.Property(r => r.Amount).HasColumnName("amount").HasPrecision(18, 2);
        builder.Property(r => r.ReceivedOn).HasColumnName("received_on");
        builder.Property(r => r.Reference).HasColumnName("reference").HasMaxLength(60).IsRequired();
        builder.Property(r => r.RecordedByUserId).HasColumnName("recorded_by_user_id");
        builder.Property(r => r.RecordedAt).HasColumnName("recorded_at");
    }
}

internal sealed class ClawbackInstalmentConfiguration : IEntityTypeConfiguration<ClawbackInstalment>
{
    public void Configure(EntityTypeBuilder<ClawbackInstalment> builder)
    {
        builder.ToTable("clawback_instalments");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(i => i.ClawbackId).HasColumnName("clawback_id");
        builder.Property(i => i.PlanNumber).HasColumnName("plan_number");
        builder.Property(i => i.Sequence).HasColumnName("sequence");
        builder.HasIndex(i => new { i.ClawbackId, i.PlanNumber, i.Sequence }).IsUnique();
        builder.Property(i => i.DueOn).HasColumnName("due_on");
        builder.Property(i => i.Amount).HasColumnName("amount").HasPrecision(18, 2);
    }
}
