using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>One application competing for a call's budget. Checked by <see cref="BudgetRanking.Rank"/>, not here.</summary>
/// <param name="ApplicationId">The application's id (not empty, unique within a ranking).</param>
/// <param name="DisplayName">What staff see, usually the enterprise and project name.</param>
/// <param name="Score">The aggregated score (<see cref="ScoreAggregation.Mean"/>), or null while not yet scored.</param>
/// <param name="RuleAmount">The clause's figure in yuan: the fixed amount or the ceiling.</param>
/// <param name="RuleAmountKind">Whether <paramref name="RuleAmount"/> is fixed or a ceiling.</param>
/// <param name="ApprovedAmount">核定金额 set by staff, or null while not set (see <see cref="ApprovedAmountRule"/>).</param>
/// <param name="SubmittedAt">When the application was submitted; breaks ties between equal scores.</param>
public sealed record RankingCandidate(
    Guid ApplicationId,
    string DisplayName,
    decimal? Score,
    decimal RuleAmount,
    AmountKind RuleAmountKind,
    decimal? ApprovedAmount,
    DateTimeOffset SubmittedAt);

/// <summary>Where a row's counted amount comes from.</summary>
public enum CountedAmountSource
{
    /// <summary>The approved amount staff set.</summary>
    ApprovedAmount,

    /// <summary>No approved amount yet; the clause's fixed amount.</summary>
    FixedAmount,

    /// <summary>No approved amount yet; the clause's ceiling, reserved in full until staff set a lower figure.</summary>
    Ceiling,
}

/// <summary>Why the cut-off line sits where it does.</summary>
public enum CutOffReason
{
    /// <summary>Every row is scored and fits: the line is after the last row.</summary>
    AllRowsFit,

    /// <summary>The first row below the line would take the running total above the budget.</summary>
    BudgetExceeded,

    /// <summary>The first row below the line has no score yet (the rows before it all fit).</summary>
    UnscoredRows,
}

/// <summary>One row of the ranking.</summary>
/// <param name="Position">1-based place in the order (ties are already broken, so positions are distinct).</param>
/// <param name="CountedAmount">The approved amount when set, otherwise the clause's figure.</param>
/// <param name="RunningTotal">Sum of the counted amounts of this row and every row above it, whether within the budget or not.</param>
/// <param name="WithinBudget">True for the rows above the cut-off line.</param>
/// <param name="RuleAmount">The clause's figure (fixed amount or ceiling): the most that could be approved.</param>
public sealed record RankedApplication(
    int Position,
    Guid ApplicationId,
    string DisplayName,
    decimal? Score,
    DateTimeOffset SubmittedAt,
    decimal CountedAmount,
    CountedAmountSource AmountSource,
    decimal RunningTotal,
    bool WithinBudget,
    decimal RuleAmount);

/// <summary>
/// 择优: the applications of one call ranked by aggregated score, with the amount each would take and the line
/// where the budget runs out.
/// <para>Order: scored rows by score, highest first; equal scores by submission time, earliest first (then by id, so
/// the order never depends on input order); unscored rows last, earliest submission first.</para>
/// <para>Cut-off rule (strict order): rows are taken in order while the running total stays within the budget
/// (equal to the budget still fits). The first row that would take it above the budget marks the line, and every
/// row after it is below the line even if its own amount would fit in what is left: the ranking never skips a
/// higher-scored application to fund a lower-scored one. To fund further down, the committee reduces approved
/// amounts or the budget changes, and the ranking is run again. Unscored rows are never within the budget: the line
/// is at the first unscored row at the latest.</para>
/// </summary>
public sealed class BudgetRanking
{
    private BudgetRanking(decimal budget, IReadOnlyList<RankedApplication> rows, int cutOffIndex, CutOffReason cutOffReason, decimal amountWithinBudget)
    {
        Budget = budget;
        Rows = rows;
        CutOffIndex = cutOffIndex;
        CutOffReason = cutOffReason;
        AmountWithinBudget = amountWithinBudget;
    }

    /// <summary>The call's budget in yuan.</summary>
    public decimal Budget { get; }

    /// <summary>Every application, ranked.</summary>
    public IReadOnlyList<RankedApplication> Rows { get; }

    /// <summary>
    /// The index (0-based) just after the last row within the budget, which is also the number of rows within it:
    /// rows [0, CutOffIndex) are within the budget, rows [CutOffIndex, Rows.Count) below the line.
    /// </summary>
    public int CutOffIndex { get; }

    public CutOffReason CutOffReason { get; }

    /// <summary>Sum of the counted amounts of the rows within the budget.</summary>
    public decimal AmountWithinBudget { get; }

    /// <summary>Budget minus <see cref="AmountWithinBudget"/>; never negative.</summary>
    public decimal RemainingBudget => Budget - AmountWithinBudget;

    /// <summary>Ranks the applications against the budget (see the type's summary for the order and cut-off rule).</summary>
    /// <param name="budget">The call's budget in yuan: more than zero, whole fen.</param>
    /// <param name="candidates">The call's applications; an approved amount, where set, must pass <see cref="ApprovedAmountRule"/>.</param>
    /// <exception cref="DomainException">
    /// <see cref="ReviewErrorCodes.BudgetInvalid"/>, <see cref="ReviewErrorCodes.ApplicationIdRequired"/>,
    /// <see cref="ReviewErrorCodes.ApplicationNameRequired"/>, <see cref="ReviewErrorCodes.ApplicationDuplicate"/>,
    /// <see cref="ReviewErrorCodes.TotalOutOfRange"/>, <see cref="ReviewErrorCodes.TotalPrecision"/>, and the codes of
    /// <see cref="ApprovedAmountRule.Check"/>.
    /// </exception>
    public static BudgetRanking Rank(decimal budget, IEnumerable<RankingCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (budget <= 0 || !Money.IsWholeFen(budget))
        {
            throw new DomainException(ReviewErrorCodes.BudgetInvalid, $"The budget {ReviewNumbers.Show(budget)} yuan is not a positive amount in whole fen.");
        }

        var list = candidates.ToList();
        var seen = new HashSet<Guid>();
        foreach (var candidate in list)
        {
            ArgumentNullException.ThrowIfNull(candidate, nameof(candidates));
            Check(candidate);
            if (!seen.Add(candidate.ApplicationId))
            {
                throw new DomainException(ReviewErrorCodes.ApplicationDuplicate, $"Application {candidate.ApplicationId} appears more than once in the ranking.");
            }
        }

        var ordered = list
            .OrderBy(c => c.Score is null)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.SubmittedAt)
            .ThenBy(c => c.ApplicationId)
            .ToList();

        var rows = new List<RankedApplication>(ordered.Count);
        var runningTotal = 0m;
        var cutOff = -1;
        var reason = CutOffReason.AllRowsFit;
        var withinBudget = 0m;
        for (var i = 0; i < ordered.Count; i++)
        {
            var candidate = ordered[i];
            var (amount, source) = Counted(candidate);
            runningTotal += amount;
            if (cutOff < 0 && (candidate.Score is null || runningTotal > budget))
            {
                cutOff = i;
                reason = candidate.Score is null ? CutOffReason.UnscoredRows : CutOffReason.BudgetExceeded;
            }

            var fits = cutOff < 0;
            if (fits)
            {
                withinBudget = runningTotal;
            }

            rows.Add(new RankedApplication(
                i + 1, candidate.ApplicationId, candidate.DisplayName.Trim(), candidate.Score, candidate.SubmittedAt, amount, source, runningTotal, fits,
                candidate.RuleAmount));
        }

        return new BudgetRanking(budget, rows.AsReadOnly(), cutOff < 0 ? rows.Count : cutOff, reason, withinBudget);
    }

    private static void Check(RankingCandidate candidate)
    {
        if (candidate.ApplicationId == Guid.Empty)
        {
            throw new DomainException(ReviewErrorCodes.ApplicationIdRequired, "An application in the ranking has no id.");
        }

        if (string.IsNullOrWhiteSpace(candidate.DisplayName))
        {
            throw new DomainException(ReviewErrorCodes.ApplicationNameRequired, $"Application {candidate.ApplicationId} has no display name.");
        }

        if (candidate.Score is { } score)
        {
            if (score < 0 || score > ExpertScoreSheet.MaxTotal)
            {
                throw new DomainException(
                    ReviewErrorCodes.TotalOutOfRange,
                    $"Application {candidate.DisplayName}: the score {ReviewNumbers.Show(score)} is outside 0 to {ReviewNumbers.Show(ExpertScoreSheet.MaxTotal)}.");
            }

            if (!ReviewNumbers.HasAtMostTwoDecimals(score))
            {
                throw new DomainException(
                    ReviewErrorCodes.TotalPrecision,
                    $"Application {candidate.DisplayName}: the score {ReviewNumbers.Show(score)} has more than two decimal places.");
            }
        }

        try
        {
            ApprovedAmountRule.CheckRuleAmount(candidate.RuleAmount);
            if (candidate.ApprovedAmount is { } approved)
            {
                ApprovedAmountRule.Check(approved, candidate.RuleAmount, candidate.RuleAmountKind);
            }
        }
        catch (DomainException error)
        {
            // Same code; the message gains the application so staff know which row to correct.
            throw new DomainException(error.Code, $"Application {candidate.DisplayName}: {error.Message}");
        }
    }

    private static (decimal Amount, CountedAmountSource Source) Counted(RankingCandidate candidate) =>
        candidate.ApprovedAmount is { } approved
            ? (approved, CountedAmountSource.ApprovedAmount)
            : (candidate.RuleAmount, candidate.RuleAmountKind == AmountKind.Fixed ? CountedAmountSource.FixedAmount : CountedAmountSource.Ceiling);
}
