using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;

namespace SubsidyPortal.Application.Awards;

/// <summary>
/// 我的资助: the enterprise follows its money after the award — what is paid and still to come, the account to confirm,
/// the progress report due, change requests, a revocation and what to return, and the money trail. An award of another
/// enterprise reads as not found (null), and its commands are refused as not found.
/// </summary>
public interface IEnterpriseAwards
{
    /// <summary>
    /// One page of the actor's awards (COUNT for the total), sorted in the database by <see cref="EnterpriseAwardSort"/>;
    /// by default the awards waiting for the enterprise come first. The search matches the award number or project name.
    /// </summary>
    Task<PagedResult<EnterpriseAwardRow>> PageAsync(Actor actor, PageRequest page, bool toDoOnly, CancellationToken cancellationToken);

    /// <summary>How many awards, how many wait for the enterprise, and the money awarded, paid and still to come.</summary>
    Task<EnterpriseAwardSummary> SummaryAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Everything the award page shows, read together; null when the award does not exist or is not the actor's.</summary>
    Task<EnterpriseAwardView?> DetailAsync(Guid awardId, Actor actor, CancellationToken cancellationToken);

    /// <summary>收款账户: confirms (or corrects) the account the award is paid into.</summary>
    Task<CommandResult> ConfirmAccountAsync(Guid awardId, AccountConfirmation input, Actor actor, CancellationToken cancellationToken);

    /// <summary>项目进展和资金使用情况: submits a report that is due.</summary>
    Task<CommandResult> SubmitReportAsync(Guid awardId, ReportSubmission input, Actor actor, CancellationToken cancellationToken);

    /// <summary>项目变更: asks for the committee's written approval of a major change.</summary>
    Task<CommandResult> FileChangeAsync(Guid awardId, ChangeFiling input, Actor actor, CancellationToken cancellationToken);
}

/// <summary>The columns the list sorts by (PageRequest.SortBy); anything else is the default order.</summary>
public static class EnterpriseAwardSort
{
    public const string Number = "number";
    public const string Amount = "amount";
}

/// <summary>One award in the enterprise's list: the money, the next payment, and what the enterprise must do.</summary>
public sealed record EnterpriseAwardRow(
    Guid Id,
    string AwardNumber,
    string ProjectName,
    AwardStatus Status,
    DateOnly AwardedOn,
    decimal Amount,
    decimal Paid,
    decimal Outstanding,
    NextPayment? NextTranche,
    bool AccountToConfirm,
    ReportDue? NextReport,
    int OverdueReports,
    int PendingChanges)
{
    /// <summary>The enterprise has something to do on this award (shown first and highlighted).</summary>
    public bool NeedsAction => AccountToConfirm || NextReport is not null;
}

/// <summary>The next unpaid tranche: what, how much, from when, and where it stands.</summary>
public sealed record NextPayment(string Label, decimal Amount, DateOnly DueOn, TrancheStatus Status);

/// <summary>A progress report not yet submitted, with the working days left (negative once overdue; null when the
/// calendar for those years is not entered).</summary>
public sealed record ReportDue(Guid Id, int Sequence, DateOnly DueOn, int? WorkingDaysLeft)
{
    public bool Overdue(DateOnly today) => DueOn < today;
}

public sealed record EnterpriseAwardSummary(int Awards, int NeedingAction, decimal Amount, decimal Paid, decimal Outstanding);

/// <summary>An account as the form shows it: this award's confirmed one, or the one the enterprise confirmed last.</summary>
public sealed record AccountDetails(string? AccountName, string? BankName, string? AccountNumber);

/// <summary>The award page: the award with its tranches, reports, change requests, claw-back and trail, read together.</summary>
public sealed record EnterpriseAwardView(
    Award Award,
    string ClauseTitle,
    IReadOnlyList<ProgressReport> Reports,
    IReadOnlyList<ChangeRequest> Changes,
    IReadOnlyList<TrailEntry> Trail,
    Clawback? Clawback,
    AccountDetails? AccountPrefill,
    bool PrefilledFromAnotherAward,
    ReportDue? NextReport,
    DateOnly Today)
{
    /// <summary>The account may be confirmed or corrected while the award is being paid.</summary>
    public bool MayConfirmAccount => Award.Status == AwardStatus.Active;

    public bool AccountToConfirm => MayConfirmAccount && Award.BankAccountConfirmedAt is null;

    /// <summary>Changes are filed while the award is being carried out.</summary>
    public bool MayFileChange => Award.Status == AwardStatus.Active;

    /// <summary>Kinds that already wait for a decision (one pending request per kind).</summary>
    public IReadOnlyList<ChangeKind> PendingKinds => Changes.Where(c => c.Status == ChangeRequestStatus.Pending).Select(c => c.Kind).Distinct().ToList();
}

/// <summary>
/// One line of the award's money trail as the enterprise reads it: what, when, which role acted (never a staff member's
/// name), the sum and why. On 项目变更 lines the kind is given apart from the note, so it is named in the reader's language.
/// </summary>
public sealed record TrailEntry(string Action, DateTimeOffset At, string ActorRole, decimal? Amount, ChangeKind? Kind, string? Note);

/// <summary>The confirm-account form (户名, 开户银行, 账号); the property names are the fields errors come back for.</summary>
public sealed class AccountConfirmation
{
    public string? AccountName { get; set; }

    public string? BankName { get; set; }

    public string? AccountNumber { get; set; }
}

/// <summary>One progress report as the enterprise fills it in.</summary>
public sealed class ReportSubmission
{
    public Guid ReportId { get; set; }

    public string? Progress { get; set; }

    /// <summary>已使用资助资金, yuan.</summary>
    public decimal? FundsUsed { get; set; }

    /// <summary>完成进度, 0–100.</summary>
    public int? PercentComplete { get; set; }
}

/// <summary>A change request (项目变更); the investment figures only for <see cref="ChangeKind.Investment"/>.</summary>
public sealed class ChangeFiling
{
    public ChangeKind? Kind { get; set; }

    public string? Description { get; set; }

    /// <summary>原计划总投资, yuan.</summary>
    public decimal? PlannedTotal { get; set; }

    /// <summary>变更后总投资, yuan.</summary>
    public decimal? NewTotal { get; set; }

    /// <summary>投资结构变动比例, percent.</summary>
    public decimal? StructurePercent { get; set; }
}
