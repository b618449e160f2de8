using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Notifications;

namespace SubsidyPortal.Application.Mail;

/// <summary>A queued mail's state in the outbox: 待发送, 发送中, 已发送, 失败.</summary>
public enum MailState
{
    Pending,
    Sending,
    Sent,
    Failed,
}

/// <summary>One kind of notification and whether the user receives it by e-mail.</summary>
public sealed record MailKindChoice(NotificationKind Kind, bool Receive, bool CanSwitchOff);

/// <summary>What the preferences page shows: whether the portal sends mail at all, to which address, and each kind.</summary>
public sealed record MailPreferencesView(bool MailEnabled, string? Address, IReadOnlyList<MailKindChoice> Kinds);

/// <summary>A user's choice of which notifications also arrive by e-mail (all by default).</summary>
public interface IMailPreferences
{
    Task<MailPreferencesView> GetAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Saves the kinds the user receives; every kind not named is switched off (a password reset never is).</summary>
    Task<CommandResult> SaveAsync(Actor actor, IReadOnlyCollection<NotificationKind> receive, CancellationToken cancellationToken);
}

/// <summary>The mail settings in force, as an administrator may see them (never the password).</summary>
public sealed record MailSettingsView(bool Enabled, string? Host, int Port, string Security, string? From, string? FromName, bool HasCredentials, string? PublicBaseUrl, int MaxAttempts);

/// <summary>One row of the outbox as the administrator's page lists it.</summary>
public sealed record OutboxMail(
    Guid Id, string Address, string Subject, NotificationKind Kind, MailState State, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

public sealed record OutboxCounts(int Pending, int Sending, int Sent, int Failed);

/// <summary>The administrator's view of the mail outbox.</summary>
public interface IMailOutbox
{
    Task<MailSettingsView> SettingsAsync(Actor actor, CancellationToken cancellationToken);

    Task<OutboxCounts> CountsAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Newest first; <paramref name="state"/> narrows to one state; the search matches address or subject.</summary>
    Task<PagedResult<OutboxMail>> PageAsync(Actor actor, PageRequest request, MailState? state, CancellationToken cancellationToken);

    /// <summary>Puts a failed mail back in the queue, due now, with its attempts counted afresh.</summary>
    Task<CommandResult> RetryAsync(Actor actor, Guid id, CancellationToken cancellationToken);
}
