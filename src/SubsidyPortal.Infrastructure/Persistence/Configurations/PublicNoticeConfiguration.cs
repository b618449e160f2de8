using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Notices;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> builder)
    {
        builder.ToTable("public_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasColumnName("id");
        builder.Property(n => n.CallId).HasColumnName("call_id");
        builder.HasOne<Call>().WithMany().HasForeignKey(n => n.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.CallId);
        builder.Property(n => n.TitleZh).HasColumnName("title_zh").HasMaxLength(200).IsRequired();
        builder.Property(n => n.PublishedOn).HasColumnName("published_on");
        builder.Property(n => n.FirstDay).HasColumnName("first_day");
        builder.Property(n => n.LastDay).HasColumnName("last_day");
        builder.Property(n => n.WorkingDays).HasColumnName("working_days");
        builder.Property(n => n.PublishedAt).HasColumnName("published_at");
        builder.Property(n => n.PublishedBy).HasColumnName("published_by");
        builder.Ignore(n => n.DomainEvents);
    }
}
