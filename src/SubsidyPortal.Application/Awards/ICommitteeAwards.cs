using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Awards.Rules;

namespace SubsidyPortal.Application.Awards;

/// <summary>
/// 资助项目管理: committee staff follow every award after it is made — the list (filtered, paged, totalled in the
/// database), and on one award what waits for them: a later tranche due for release, a report to review, a change
/// request to decide in writing; they set the reporting schedule and revoke. Anyone but committee staff sees nothing
/// and is refused every command.
/// </summary>
public interface ICommitteeAwards
{
    /// <summary>One page of awards (sorted by <see cref="CommitteeAwardSort"/>, newest first by default; the search reads
    /// the recipient, the project and the 资助编号) with the COUNT and the money and flags of the whole filtered list.</summary>
    Task<CommitteeAwardList> ListAsync(Actor actor, CommitteeAwardFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>What the list's filters offer: the policies, the calls awards came from, their years, the towns/parks.</summary>
    Task<CommitteeAwardFilterOptions> FilterOptionsAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Everything the award page shows, read together; null when it does not exist or the actor is not staff.</summary>
    Task<CommitteeAwardView?> DetailAsync(Guid awardId, Actor actor, CancellationToken cancellationToken);

    /// <summary>放款: releases a later tranche whose date has come, with a note on why its condition is met.</summary>
    Task<CommandResult> ReleaseTrancheAsync(Guid awardId, TrancheRelease input, Actor actor, CancellationToken cancellationToken);

    /// <summary>审阅: records what staff made of a submitted progress report; the enterprise is told.</summary>
    Task<CommandResult> ReviewReportAsync(Guid awardId, ReportReview input, Actor actor, CancellationToken cancellationToken);

    /// <summary>进展报送计划: reports not yet submitted are replaced by the new schedule; the enterprise is told.</summary>
    Task<CommandResult> SetReportScheduleAsync(Guid awardId, ReportSchedulePlan input, Actor actor, CancellationToken cancellationToken);

    /// <summary>书面同意 or refusal of a change request, always with the written decision; the enterprise is told.</summary>
    Task<CommandResult> DecideChangeAsync(Guid awardId, ChangeDecision input, Actor actor, CancellationToken cancellationToken);

    /// <summary>项目撤销: unpaid tranches stop (also on a batch), the application is revoked, what was paid is clawed back.</summary>
    Task<CommandResult> RevokeAsync(Guid awardId, Revocation input, Actor actor, CancellationToken cancellationToken);
}

/// <summary>The columns the committee's list sorts by (PageRequest.SortBy); anything else is newest first.</summary>
public static class CommitteeAwardSort
{
    public const string Number = "number";
    public const string Recipient = "recipient";
    public const string Amount = "amount";
    public const string Awarded = "awarded";
}

/// <summary>What waits for the committee on an award; the list can be narrowed to one kind.</summary>
public enum AwardAttention
{
    /// <summary>A later tranche whose date has come, waiting to be released (放款).</summary>
    TrancheDue,

    /// <summary>A submitted progress report waiting to be reviewed.</summary>
    ReportToReview,

    /// <summary>A progress report past its date and not submitted.</summary>
    ReportOverdue,

    /// <summary>A change request waiting for the written decision.</summary>
    ChangePending,
}

/// <summary>The list's filters; null means "any". The enterprise's name is searched through the page's search text.</summary>
public sealed record CommitteeAwardFilter(
    string? PolicyId = null,
    Guid? CallId = null,
    int? Year = null,
    AwardStatus? Status = null,
    AwardSource? Source = null,
    Guid? TownOrParkId = null,
    AwardAttention? Attention = null);

/// <summary>One award in the committee's list, with what is paid and still to come and what waits for staff.</summary>
public sealed record CommitteeAwardRow(
    Guid Id,
    string AwardNumber,
    string RecipientName,
    string ProjectName,
    AwardSource Source,
    int Year,
    AwardStatus Status,
    DateOnly AwardedOn,
    decimal Amount,
    decimal Paid,
    decimal Outstanding,
    NextPayment? NextTranche,
    bool AccountConfirmed,
    int TranchesDue,
    int ReportsToReview,
    int OverdueReports,
    int PendingChanges)
{
    public bool NeedsAttention => TranchesDue + ReportsToReview + OverdueReports + PendingChanges > 0;
}

/// <summary>The whole filtered list's figures (not only the page's): awards, money awarded, paid and still to come,
/// overdue reports and pending change requests.</summary>
public sealed record CommitteeAwardTotals(int Awards, decimal Amount, decimal Paid, decimal Outstanding, int OverdueReports, int PendingChanges)
{
    public static readonly CommitteeAwardTotals None = new(0, 0m, 0m, 0m, 0, 0);
}

public sealed record CommitteeAwardList(PagedResult<CommitteeAwardRow> Page, CommitteeAwardTotals Totals)
{
    public static readonly CommitteeAwardList Empty = new(PagedResult<CommitteeAwardRow>.Empty, CommitteeAwardTotals.None);
}

/// <summary>A value a filter offers with the words shown for it.</summary>
public sealed record FilterChoice(string Value, string Label);

public sealed record CommitteeAwardFilterOptions(
    IReadOnlyList<FilterChoice> Policies, IReadOnlyList<FilterChoice> Calls, IReadOnlyList<int> Years, IReadOnlyList<FilterChoice> Towns);

/// <summary>
/// One award as committee staff read it, with what waits for them worked out by the award's own rules: tranches due
/// for release (<see cref="TrancheMustBeDue"/> on a scheduled tranche of an active award), reports to review, change
/// requests to decide, and what a revocation would stop and claw back.
/// </summary>
public sealed record CommitteeAwardView(
    Award Award,
    string ClauseTitle,
    IReadOnlyList<ProgressReport> Reports,
    IReadOnlyList<ChangeRequest> Changes,
    IReadOnlyList<StaffTrailEntry> Trail,
    Clawback? Clawback,
    DateOnly Today)
{
    private bool Active => !new AwardMustBeActive(Award).IsBroken();

    private IEnumerable<AwardTranche> Scheduled => Active
        ? Award.Tranches.Where(t => !new TrancheMustBeIn(t, TrancheStatus.Scheduled).IsBroken()).OrderBy(t => t.Sequence)
        : [];

    /// <summary>Later tranches whose date has come: staff may release them once their condition is met.</summary>
    public IReadOnlyList<AwardTranche> DueToRelease => Scheduled.Where(t => !new TrancheMustBeDue(t, Today).IsBroken()).ToList();

    /// <summary>Later tranches still waiting for their date.</summary>
    public IReadOnlyList<AwardTranche> NotYetDue => Scheduled.Where(t => new TrancheMustBeDue(t, Today).IsBroken()).ToList();

    public IReadOnlyList<ProgressReport> ToReview => Reports.Where(r => r.Status == ProgressReportStatus.Submitted).OrderBy(r => r.Sequence).ToList();

    public IReadOnlyList<ChangeRequest> PendingChanges => Changes.Where(c => c.Status == ChangeRequestStatus.Pending).ToList();

    public int OverdueReports => Award.Status == AwardStatus.Revoked ? 0 : Reports.Count(r => r.IsOverdue(Today));

    /// <summary>Something waits for staff on this award.</summary>
    public bool HasWork => DueToRelease.Count > 0 || ToReview.Count > 0 || PendingChanges.Count > 0;

    public bool MayRevoke => !new AwardMustNotBeRevoked(Award).IsBroken();

    public bool MaySetSchedule => !new ReportsNeedAnAwardNotRevoked(Award).IsBroken();

    /// <summary>Approving needs an award not revoked; a revoked award's pending change can only be refused.</summary>
    public bool MayApproveChanges => !new ApprovalNeedsAnActiveAward(Award, approve: true).IsBroken();

    /// <summary>What revoking now would do: the unpaid tranches that stop (with their total) and the paid money clawed back.</summary>
    public RevocationPreview Revocation => new(
        Award.Tranches.Where(t => t.IsUnpaid).OrderBy(t => t.Sequence).ToList(), Award.UnpaidAmount, Award.PaidAmount);
}

/// <summary>
/// One line of the award's money trail as staff read it: with the name of who acted, and on 项目变更 lines the kind apart
/// from the note (as <see cref="TrailEntry"/> gives it), so it is named in the reader's language.
/// </summary>
public sealed record StaffTrailEntry(string Action, DateTimeOffset At, string ActorName, string ActorRole, decimal? Amount, ChangeKind? Kind, string? Note);

/// <summary>What a revocation stops and what it claws back (收回已拨付资金).</summary>
public sealed record RevocationPreview(IReadOnlyList<AwardTranche> Stops, decimal StopTotal, decimal ClawBack);

/// <summary>放款: the tranche and why its condition is met. Property names are the fields errors come back for.</summary>
public sealed class TrancheRelease
{
    public Guid TrancheId { get; set; }

    public string? Note { get; set; }
}

/// <summary>审阅意见 on one submitted report.</summary>
public sealed class ReportReview
{
    public Guid ReportId { get; set; }

    public string? Note { get; set; }
}

/// <summary>报送计划: the first due date, months between reports, how many.</summary>
public sealed class ReportSchedulePlan
{
    public DateOnly? FirstDueOn { get; set; }

    public int? IntervalMonths { get; set; }

    public int? Count { get; set; }
}

/// <summary>The written decision on one change request: approve (同意) or refuse (不同意), with the text.</summary>
public sealed class ChangeDecision
{
    public Guid RequestId { get; set; }

    /// <summary>True to approve, false to refuse; null when not chosen.</summary>
    public bool? Approve { get; set; }

    public string? Decision { get; set; }
}

/// <summary>项目撤销: the ground (金科〔2025〕25 号 项目管理 四（一）–（五）) and the facts.</summary>
public sealed class Revocation
{
    public RevocationGround? Ground { get; set; }

    public string? Note { get; set; }
}
