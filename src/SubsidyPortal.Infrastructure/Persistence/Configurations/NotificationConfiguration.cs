using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Notifications;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(n => n.EnterpriseId).HasColumnName("enterprise_id");
        builder.Property(n => n.UserId).HasColumnName("user_id");
        builder.HasIndex(n => n.EnterpriseId);
        builder.HasIndex(n => n.UserId);
        builder.Property(n => n.TextZh).HasColumnName("text_zh").HasMaxLength(Notification.TextMaxLength).IsRequired();
        builder.Property(n => n.TextEn).HasColumnName("text_en").HasMaxLength(Notification.TextMaxLength).IsRequired();
        builder.Property(n => n.Link).HasColumnName("link").HasMaxLength(200).IsRequired();
        builder.Property(n => n.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.CreatedAt).HasColumnName("created_at");
        builder.Property(n => n.ReadAt).HasColumnName("read_at");
    }
}
