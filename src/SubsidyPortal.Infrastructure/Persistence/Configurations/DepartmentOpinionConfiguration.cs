using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class DepartmentOpinionConfiguration : IEntityTypeConfiguration<DepartmentOpinion>
{
    public void Configure(EntityTypeBuilder<DepartmentOpinion> builder)
    {
        builder.ToTable("department_opinions");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(o => o.ApplicationId).HasColumnName("application_id");
        builder.HasOne<SubsidyApplication>().WithMany().HasForeignKey(o => o.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.ApplicationId);
        builder.Property(o => o.Department).HasColumnName("department").HasMaxLength(100).IsRequired();
        builder.Property(o => o.Opinion).HasColumnName("opinion").HasMaxLength(2000).IsRequired();
        builder.Property(o => o.RecordedBy).HasColumnName("recorded_by");
        builder.Property(o => o.RecordedByName).HasColumnName("recorded_by_name").HasMaxLength(100).IsRequired();
        builder.Property(o => o.RecordedAt).HasColumnName("recorded_at");
    }
}
