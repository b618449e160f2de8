namespace SubsidyPortal.Domain.Notifications;

/// <summary>站内消息: tells an enterprise's users (or one staff user) about a change that concerns them.</summary>
public sealed class Notification
{
    private Notification()
    {
        TextZh = string.Empty;
        TextEn = string.Empty;
        Link = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Every user of this enterprise sees it.</summary>
    public Guid? EnterpriseId { get; private set; }

    /// <summary>Or just this user.</summary>
    public Guid? UserId { get; private set; }

    public string TextZh { get; private set; }

    public string TextEn { get; private set; }

    /// <summary>A portal path, e.g. the application's page.</summary>
    public string Link { get; private set; }

    /// <summary>What it is about; decides whether it is also mailed (the user's choice per kind).</summary>
    public NotificationKind Kind { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public const int TextMaxLength = 500;

    public static Notification ForEnterprise(Guid enterpriseId, NotificationKind kind, string zh, string en, string link, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), EnterpriseId = enterpriseId, Kind = kind, TextZh = Fit(zh), TextEn = Fit(en), Link = link, CreatedAt = now };

    public static Notification ForUser(Guid userId, NotificationKind kind, string zh, string en, string link, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), UserId = userId, Kind = kind, TextZh = Fit(zh), TextEn = Fit(en), Link = link, CreatedAt = now };

    // A message quoting a long reason is cut with an ellipsis rather than refused: the change it reports has happened.
    private static string Fit(string text) => text.Length <= TextMaxLength ? text : text[..(TextMaxLength - 1)] + "…";

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
