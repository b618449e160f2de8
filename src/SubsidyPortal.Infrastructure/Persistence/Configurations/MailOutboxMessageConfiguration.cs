using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Infrastructure.Identity;
using SubsidyPortal.Infrastructure.Mail;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class MailOutboxMessageConfiguration : IEntityTypeConfiguration<MailOutboxMessage>
{
    public void Configure(EntityTypeBuilder<MailOutboxMessage> builder)
    {
        builder.ToTable("mail_outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(m => m.NotificationId).HasColumnName("notification_id");
        builder.Property(m => m.RecipientUserId).HasColumnName("recipient_user_id");
        builder.Property(m => m.Address).HasColumnName("address").HasMaxLength(MailOutboxMessage.AddressMaxLength).IsRequired();
        builder.Property(m => m.Subject).HasColumnName("subject").HasMaxLength(MailOutboxMessage.SubjectMaxLength).IsRequired();
        builder.Property(m => m.Body).HasColumnName("body").IsRequired();
        builder.Property(m => m.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Link).HasColumnName("link").HasMaxLength(500);
        builder.Property(m => m.State).HasColumnName("state").HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Attempts).HasColumnName("attempts");
        builder.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(m => m.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(100);
        builder.Property(m => m.LeaseUntil).HasColumnName("lease_until");
        builder.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(MailOutboxMessage.ErrorMaxLength);
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");
        builder.Property(m => m.SentAt).HasColumnName("sent_at");
        builder.Property(m => m.MessageId).HasColumnName("message_id").HasMaxLength(200).IsRequired();
        // The sender looks for due rows by state and time; one notification is mailed at most once per person.
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
        builder.HasIndex(m => new { m.NotificationId, m.RecipientUserId }).IsUnique();
        builder.HasIndex(m => m.RecipientUserId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.RecipientUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MailOptOutConfiguration : IEntityTypeConfiguration<MailOptOut>
{
    public void Configure(EntityTypeBuilder<MailOptOut> builder)
    {
        builder.ToTable("mail_opt_outs");
        builder.HasKey(o => new { o.UserId, o.Kind });
        builder.Property(o => o.UserId).HasColumnName("user_id");
        builder.Property(o => o.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(30);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
