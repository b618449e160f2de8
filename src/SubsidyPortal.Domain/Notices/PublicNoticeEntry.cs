using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Domain.Notices;

/// <summary>
/// One line of a public notice as it was published: the application, its enterprise and project and the amount proposed,
/// written once at publication. The list the public read is this, not the applications as they may read later; each line
/// is chained to the one before (the database holds the hashes), so a changed line shows.
/// </summary>
public sealed class PublicNoticeEntry
{
    private PublicNoticeEntry()
    {
        ReferenceNumber = string.Empty;
        EnterpriseName = string.Empty;
        ProjectName = string.Empty;
        ClauseId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid NoticeId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string ReferenceNumber { get; private set; }

    public string EnterpriseName { get; private set; }

    public string ProjectName { get; private set; }

    public string ClauseId { get; private set; }

    /// <summary>The amount proposed for approval, yuan.</summary>
    public decimal? Amount { get; private set; }

    public DateTimeOffset ListedAt { get; private set; }

    /// <summary>The line for an application put on the notice.</summary>
    public static PublicNoticeEntry For(PublicNotice notice, SubsidyApplication application, string enterpriseName) => new()
    {
        Id = Guid.CreateVersion7(),
        NoticeId = notice.Id,
        ApplicationId = application.Id,
        ReferenceNumber = application.ReferenceNumber,
        EnterpriseName = enterpriseName,
        ProjectName = application.ProjectName,
        ClauseId = application.ClauseId,
        Amount = application.ApprovedAmount,
        ListedAt = notice.PublishedAt,
    };
}
