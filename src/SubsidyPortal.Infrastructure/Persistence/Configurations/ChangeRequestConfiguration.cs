using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Awards;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

/// <summary>项目变更 requests; the partial unique index keeps one pending request per award and kind even under a race.</summary>
internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> builder)
    {
        builder.ToTable("change_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.AwardId).HasColumnName("award_id");
        builder.HasOne<Award>().WithMany().HasForeignKey(r => r.AwardId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.AwardId, r.Kind }).IsUnique().HasFilter("status = 'Pending'");
        builder.HasIndex(r => r.Status);
        builder.Property(r => r.Description).HasColumnName("description").HasMaxLength(ChangeRequest.DescriptionMaxLength).IsRequired();
        builder.Property(r => r.PlannedTotalInvestment).HasColumnName("planned_total_investment").HasPrecision(18, 2);
        builder.Property(r => r.NewTotalInvestment).HasColumnName("new_total_investment").HasPrecision(18, 2);
        builder.Property(r => r.StructureChangePercent).HasColumnName("structure_change_percent").HasPrecision(5, 2);
        builder.Ignore(r => r.TotalChangePercent);
        builder.Property(r => r.FiledByUserId).HasColumnName("filed_by_user_id");
        builder.Property(r => r.FiledByName).HasColumnName("filed_by_name").HasMaxLength(100).IsRequired();
        builder.Property(r => r.FiledAt).HasColumnName("filed_at");
        builder.Property(r => r.Decision).HasColumnName("decision").HasMaxLength(ChangeRequest.DecisionMaxLength);
        builder.Property(r => r.DecidedByUserId).HasColumnName("decided_by_user_id");
        builder.Property(r => r.DecidedByName).HasColumnName("decided_by_name").HasMaxLength(100);
        builder.Property(r => r.DecidedAt).HasColumnName("decided_at");
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
    }
}
