using SubsidyPortal.Application.Applications;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Reference;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.Application.Towns;

/// <summary>One filing of the town/park's enterprises in its list; <c>WaitingDays</c> is set while it waits for the town.</summary>
public sealed record TownFilingRow(
    Guid Id, string ReferenceNumber, string ProjectName, Guid EnterpriseId, string EnterpriseName, string ClauseTitle,
    ApplicationStatus Status, DateTimeOffset? SubmittedAt, int? WaitingDays);

/// <summary>The filing page: the record every role signs off on, what the town/park may do with it now, and how many
/// other filings wait for it.</summary>
public sealed record TownFilingView(ApplicationView Application, bool CanConfirm, bool CanDecline, int OthersWaiting)
{
    public bool CanDecide => CanConfirm || CanDecline;
}

/// <summary>One award of the town/park's enterprises: the money, what is paid and still to come, and progress
/// reports past their due date (the oldest one's date), so the town can urge the enterprise.</summary>
public sealed record TownAwardRow(
    Guid Id, string AwardNumber, string RecipientName, string ProjectName, decimal Amount, decimal Paid, decimal Outstanding,
    AwardStatus Status, DateOnly AwardedOn, int OverdueReports, DateOnly? OldestOverdueReport, bool AccountConfirmed);

/// <summary>An award as the town/park reads it (read-only): figures, tranches, reports, changes and the money trail.</summary>
public sealed record TownAwardView(
    Award Award, string ClauseTitle, IReadOnlyList<ProgressReport> Reports, IReadOnlyList<ChangeRequest> Changes,
    IReadOnlyList<MoneyEvent> Trail, Clawback? Clawback, DateOnly Today);

/// <summary>One of the town/park's enterprises: its profile, and its latest filings and awards with their totals.</summary>
public sealed record TownEnterpriseView(
    Enterprise Enterprise, string? TownOrParkName,
    IReadOnlyList<TownFilingRow> Filings, int FilingCount,
    IReadOnlyList<TownAwardRow> Awards, int AwardCount);

/// <summary>
/// 镇（园区）: confirming (确认) or declining (不予确认, with a reason) its own enterprises' filings, and reading its
/// enterprises and their awards. Every call sees only the actor's own town/park (the rule of
/// <c>ApplicationQueries.VisibleTo</c> for filings, the award scope for awards, the enterprise's 所属镇（园区）for
/// enterprises); another town's record is answered as missing. An actor who is not a town/park sees nothing.
/// </summary>
public interface ITownOrParkWork
{
    /// <summary>Its enterprises' filings, those waiting for it first (oldest first), then the rest newest first,
    /// unless a column is sorted ("reference", "project", "enterprise", "submitted"). The search reads the
    /// enterprise's name, the project and the 申报编号.</summary>
    Task<PagedResult<TownFilingRow>> FilingsAsync(Actor town, ApplicationStatus? status, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The filing with what the town may do now; null when it is not the town's.</summary>
    Task<TownFilingView?> FilingAsync(Guid applicationId, Actor town, CancellationToken cancellationToken);

    /// <summary>确认: the filing goes on to the committee's preliminary review.</summary>
    Task<CommandResult> ConfirmAsync(Guid applicationId, Actor town, CancellationToken cancellationToken);

    /// <summary>不予确认: the filing ends; the reason is required and told to the enterprise.</summary>
    Task<CommandResult> DeclineAsync(Guid applicationId, string? reason, Actor town, CancellationToken cancellationToken);

    /// <summary>The filing that has waited longest for the town, other than <paramref name="except"/>; null when none waits.</summary>
    Task<Guid?> NextWaitingAsync(Actor town, Guid? except, CancellationToken cancellationToken);

    /// <summary>Its enterprises by name, searched by name or 统一社会信用代码, paged with their count.</summary>
    Task<PagedResult<EnterpriseRow>> EnterprisesAsync(Actor town, PageRequest page, CancellationToken cancellationToken);

    Task<TownEnterpriseView?> EnterpriseAsync(Guid enterpriseId, Actor town, CancellationToken cancellationToken);

    /// <summary>Its enterprises' awards, newest first unless sorted ("number", "recipient", "amount", "awarded");
    /// searched by recipient, project or 资助编号; optionally only those with a progress report overdue.</summary>
    Task<PagedResult<TownAwardRow>> AwardsAsync(Actor town, AwardStatus? status, bool overdueReportsOnly, PageRequest page, CancellationToken cancellationToken);

    Task<TownAwardView?> AwardAsync(Guid awardId, Actor town, CancellationToken cancellationToken);
}
