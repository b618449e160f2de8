using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Application.Notices;

/// <summary>One line of a public notice as the public sees it: no contact details, no scores.</summary>
public sealed record NoticeEntry(Guid ApplicationId, string EnterpriseName, string ProjectName, string ClauseId, decimal? Amount, ApplicationStatus Status);

/// <summary>What a member of the public types to object.</summary>
public sealed class ObjectionInput
{
    public Guid? ApplicationId { get; set; }

    public string? Name { get; set; }

    public string? Contact { get; set; }

    public string? Text { get; set; }
}

/// <summary>A published 拟立项公示 as listed: its window in working days and whether objections are taken today.</summary>
public sealed record NoticeSummary(Guid Id, string Title, DateOnly FirstDay, DateOnly LastDay, int WorkingDays, bool TakesObjections);

/// <summary>One numbered line of the notice, its clause by title; <see cref="OnNotice"/> is false once an upheld
/// objection took it off the list (it stays visible, struck out of the total).</summary>
public sealed record NoticeLine(int No, Guid ApplicationId, string EnterpriseName, string ProjectName, string ClauseTitle, decimal? Amount, ApplicationStatus Status)
{
    public bool OnNotice => Status == ApplicationStatus.PublicNotice;

    public bool StillListed => Status != ApplicationStatus.Rejected;
}

/// <summary>A notice with one page of its lines; the count and the total of what is still listed cover every line.</summary>
public sealed record NoticeView(NoticeSummary Notice, PagedResult<NoticeLine> Lines, decimal ListedTotal, int OpenToObjection);

/// <summary>The public side of 公示: read the published lists and object to a line while the window runs.</summary>
public interface IPublicNotices
{
    /// <summary>Every published notice, newest first, one page at a time.</summary>
    Task<PagedResult<NoticeSummary>> NoticesAsync(PageRequest page, CancellationToken cancellationToken);

    /// <summary>One notice with one page of its lines, or null when there is no such notice.</summary>
    Task<NoticeView?> NoticeAsync(Guid id, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The line a link names (for the objection form), when it is on this notice.</summary>
    Task<NoticeLine?> LineAsync(Guid noticeId, Guid applicationId, CancellationToken cancellationToken);

    /// <summary>Lodges an objection to a line still on notice, while the window runs; each slip named beside its field.</summary>
    Task<CommandResult> LodgeObjectionAsync(Guid noticeId, ObjectionInput input, CancellationToken cancellationToken);
}
