using SubsidyPortal.Application.Mail;
using SubsidyPortal.Domain.Notifications;

namespace SubsidyPortal.Infrastructure.Mail;

/// <summary>
/// One mail to one person in the transactional outbox (mail_outbox): written in the same save as the change it
/// reports, then claimed and sent by <see cref="MailOutboxJob"/> on whichever instance takes it first.
/// </summary>
public sealed class MailOutboxMessage
{
    private MailOutboxMessage()
    {
        Address = Subject = Body = MessageId = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The notification it mails, when it mails one (a password reset has none).</summary>
    public Guid? NotificationId { get; private set; }

    public Guid? RecipientUserId { get; private set; }

    public string Address { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>Absolute link the body points to, when there is one.</summary>
    public string? Link { get; private set; }

    public MailState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The Message-Id header, fixed when queued, so every delivery attempt of this mail carries the same one.</summary>
    public string MessageId { get; private set; }

    public const int SubjectMaxLength = 200;
    public const int AddressMaxLength = 256;
    public const int ErrorMaxLength = 1000;

    public static MailOutboxMessage Queue(
        Guid? notificationId, Guid? userId, string address, string subject, string body, NotificationKind kind, string? link, string messageDomain, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        return new MailOutboxMessage
        {
            Id = id,
            NotificationId = notificationId,
            RecipientUserId = userId,
            Address = address,
            Subject = subject.Length <= SubjectMaxLength ? subject : subject[..(SubjectMaxLength - 1)] + "…",
            Body = body,
            Kind = kind,
            Link = link,
            State = MailState.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
            MessageId = $"{id:N}@{messageDomain}",
        };
    }

    /// <summary>A failed mail goes back in the queue, due now, with a fresh count of attempts.</summary>
    public bool Retry(DateTimeOffset now)
    {
        if (State != MailState.Failed)
        {
            return false;
        }

        State = MailState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        return true;
    }
}

/// <summary>A kind of notification a user has switched off for e-mail (no row: received).</summary>
public sealed class MailOptOut
{
    public Guid UserId { get; set; }

    public NotificationKind Kind { get; set; }
}
