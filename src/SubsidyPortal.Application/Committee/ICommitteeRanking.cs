using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Committee;

/// <summary>One application competing for the call's budget, as staff rank it.</summary>
public sealed record RankingEntry(
    Guid ApplicationId,
    string ReferenceNumber,
    string EnterpriseName,
    string ProjectName,
    ApplicationStatus Status,
    decimal? Score,
    decimal RuleAmount,
    AmountKind RuleKind,
    decimal? ApprovedAmount,
    DateTimeOffset SubmittedAt)
{
    public bool Proposed => Status == ApplicationStatus.ProposedForApproval;
}

/// <summary>
/// The ranking as staff read it: the scored rows by score with the budget line drawn before the first row whose running
/// total passes the budget (none when every scored row fits), and the unscored rows as a group of their own — they are
/// not ranked yet, so never "over the budget".
/// </summary>
public sealed record RankingGroups(BudgetRanking Ranking, IReadOnlyList<RankedApplication> Scored, int? BudgetLineBefore, IReadOnlyList<RankedApplication> Unscored)
{
    public static RankingGroups Of(BudgetRanking ranking)
    {
        var scored = ranking.Rows.Where(r => r.Score is not null).ToList();
        // BudgetRanking puts every unscored row last, so an index where the budget is exceeded is a scored row's.
        int? line = ranking.CutOffReason == CutOffReason.BudgetExceeded ? ranking.CutOffIndex : null;
        return new RankingGroups(ranking, scored, line, ranking.Rows.Where(r => r.Score is null).ToList());
    }
}

/// <summary>The 公示 window a notice published today would have, in working days.</summary>
public sealed record NoticeWindow(DateOnly FirstDay, DateOnly LastDay, int WorkingDays);

/// <summary>
/// 择优: a call's reviewed applications with what ranking them needs. <see cref="Rank"/> applies the one ranking rule
/// (<see cref="BudgetRanking"/>) with the amounts staff have typed but not yet saved, so the running total and the
/// budget line move as they type.
/// </summary>
public sealed record RankingView(Guid CallId, string CallTitle, decimal Budget, int NoticeWorkingDays, NoticeWindow? NextNoticeWindow, IReadOnlyList<RankingEntry> Entries)
{
    /// <summary>The committee's latest choice of budget scenario for this call, if it made one.</summary>
    public FundingDecisionView? LastDecision { get; init; }

    public int ProposedCount => Entries.Count(e => e.Proposed);

    public RankingEntry Entry(Guid applicationId) => Entries.Single(e => e.ApplicationId == applicationId);

    /// <summary>
    /// The ranking with <paramref name="drafts"/> (typed amounts by application) counted in their rows. A draft the
    /// amount rule refuses (<see cref="DraftError"/>) is left out: its row counts what was counted before.
    /// </summary>
    public BudgetRanking Rank(IReadOnlyDictionary<Guid, decimal>? drafts = null) =>
        BudgetRanking.Rank(Budget, Entries.Select(e => new RankingCandidate(
            e.ApplicationId, $"{e.EnterpriseName} · {e.ProjectName}", e.Score, e.RuleAmount, e.RuleKind,
            drafts is not null && drafts.TryGetValue(e.ApplicationId, out var draft) && ApprovedAmountRule.Allows(draft, e.RuleAmount) ? draft : e.ApprovedAmount,
            e.SubmittedAt)));

    /// <summary>The ranking with the typed amounts, grouped as staff read it (<see cref="RankingGroups"/>).</summary>
    public RankingGroups Groups(IReadOnlyDictionary<Guid, decimal>? drafts = null) => RankingGroups.Of(Rank(drafts));

    /// <summary>Why a typed amount cannot be the approved amount of its row, naming the clause's figure; null when it can.</summary>
    public string? DraftError(Guid applicationId, decimal amount)
    {
        var entry = Entry(applicationId);
        return ApprovedAmountText.Refusal(amount, entry.RuleAmount, entry.RuleKind);
    }
}

/// <summary>A recorded choice of budget scenario: which, how many proposed for how much, by whom and when.</summary>
public sealed record FundingDecisionView(FundingScenarioKind Scenario, decimal? Percent, int Proposed, decimal Total, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>What publishing gave: the notice, or why not.</summary>
public sealed record PublishOutcome(Guid? NoticeId, CommandResult Result);

/// <summary>
/// 择优 and 公示: rank a call's scored applications within its budget, set each approved amount and propose it in one
/// step (or take it off the list again), and publish the proposed list for the call's working-day notice period.
/// </summary>
public interface ICommitteeRanking
{
    Task<RankingView?> RankingAsync(Guid callId, Actor staff, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the approved amount and proposes the application, saved together or not at all. An amount above the
    /// clause's figure is refused naming the figure (field "Amount").
    /// </summary>
    Task<CommandResult> ProposeAsync(Guid applicationId, decimal? approvedAmount, Actor staff, CancellationToken cancellationToken);

    Task<CommandResult> WithdrawProposalAsync(Guid applicationId, Actor staff, CancellationToken cancellationToken);

    /// <summary>
    /// Proposes the call's scored applications as a budget scenario gives them (<see cref="BudgetScenarios"/>, computed
    /// from the saved amounts): the funded at the scenario's amounts, the rest withdrawn if proposed; the choice is
    /// recorded with the proposal. All or nothing.
    /// </summary>
    Task<CommandResult> ProposeScenarioAsync(Guid callId, FundingScenarioKind scenario, decimal? percent, Actor staff, CancellationToken cancellationToken);

    Task<PublishOutcome> PublishAsync(Guid callId, Actor staff, CancellationToken cancellationToken);
}
