using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Notices;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.ToTable("objections");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(o => o.NoticeId).HasColumnName("notice_id");
        builder.HasOne<PublicNotice>().WithMany().HasForeignKey(o => o.NoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.ApplicationId).HasColumnName("application_id");
        builder.HasOne<SubsidyApplication>().WithMany().HasForeignKey(o => o.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ApplicationId, o.Status });
        builder.HasIndex(o => o.NoticeId);
        builder.Property(o => o.Name).HasColumnName("name").HasMaxLength(50).IsRequired();
        builder.Property(o => o.Contact).HasColumnName("contact").HasMaxLength(100).IsRequired();
        builder.Property(o => o.Text).HasColumnName("text").HasMaxLength(Objection.TextMaxLength).IsRequired();
        builder.Property(o => o.LodgedAt).HasColumnName("lodged_at");
        builder.Property(o => o.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Resolution).HasColumnName("resolution").HasMaxLength(Objection.TextMaxLength);
        builder.Property(o => o.ResolvedBy).HasColumnName("resolved_by");
        builder.Property(o => o.ResolvedAt).HasColumnName("resolved_at");
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
    }
}
