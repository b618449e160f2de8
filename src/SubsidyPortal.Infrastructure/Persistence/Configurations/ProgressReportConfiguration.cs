using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Awards;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

/// <summary>项目进展和资金使用情况 reports, numbered per award.</summary>
internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("progress_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.AwardId).HasColumnName("award_id");
        builder.HasOne<Award>().WithMany().HasForeignKey(r => r.AwardId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Sequence).HasColumnName("sequence");
        builder.HasIndex(r => new { r.AwardId, r.Sequence }).IsUnique();
        builder.Property(r => r.DueOn).HasColumnName("due_on");
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        // The overdue count on the committee's list: due reports by date.
        builder.HasIndex(r => new { r.Status, r.DueOn });
        builder.Property(r => r.Progress).HasColumnName("progress").HasMaxLength(ProgressReport.ProgressMaxLength);
        builder.Property(r => r.FundsUsed).HasColumnName("funds_used").HasPrecision(18, 2);
        builder.Property(r => r.PercentComplete).HasColumnName("percent_complete");
        builder.Property(r => r.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(r => r.SubmittedByName).HasColumnName("submitted_by_name").HasMaxLength(100);
        builder.Property(r => r.ReviewNote).HasColumnName("review_note").HasMaxLength(ProgressReport.ReviewNoteMaxLength);
        builder.Property(r => r.ReviewedAt).HasColumnName("reviewed_at");
        builder.Property(r => r.ReviewedByName).HasColumnName("reviewed_by_name").HasMaxLength(100);
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
    }
}
