using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ExpertAssignmentConfiguration : IEntityTypeConfiguration<ExpertAssignment>
{
    public void Configure(EntityTypeBuilder<ExpertAssignment> builder)
    {
        builder.ToTable("expert_assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.ApplicationId).HasColumnName("application_id");
        builder.HasOne<SubsidyApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.ExpertId).HasColumnName("expert_id");
        builder.HasOne<Expert>().WithMany().HasForeignKey(a => a.ExpertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ApplicationId, a.ExpertId }).IsUnique();
        builder.HasIndex(a => a.ExpertId);
        builder.Property(a => a.DrawId).HasColumnName("draw_id");
        builder.HasOne<ExpertDrawRecord>().WithMany().HasForeignKey(a => a.DrawId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.DrawId);
        builder.Property(a => a.AssignedAt).HasColumnName("assigned_at");
        builder.Property(a => a.Declaration).HasColumnName("declaration").HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.DeclaredAt).HasColumnName("declared_at");
        builder.Property(a => a.ConflictNote).HasColumnName("conflict_note").HasMaxLength(500);
        builder.Property(a => a.ScoresJson).HasColumnName("scores").HasColumnType("jsonb");
        builder.Property(a => a.WeightedTotal).HasColumnName("weighted_total").HasPrecision(5, 2);
        builder.Property(a => a.SubmittedAt).HasColumnName("submitted_at");
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
    }
}
