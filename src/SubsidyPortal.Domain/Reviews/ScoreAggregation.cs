using System.Diagnostics.CodeAnalysis;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>
/// 专家评分汇总: one application's score from the weighted totals of the experts who scored it.
/// <list type="bullet">
/// <item>With fewer than <see cref="MinimumExpertsForTrimming"/> totals, <see cref="Mean"/> is the mean of all of them.</item>
/// <item>With five or more, one highest and one lowest total are dropped first (one of each, even when several
/// experts gave the same extreme total) and <see cref="Mean"/> is the mean of the rest.</item>
/// <item><see cref="Spread"/> is max − min over all totals, dropped ones included, so wide disagreement is visible
/// even when trimming hides it from the mean; <see cref="SpreadFlag"/> is set when it exceeds the threshold.</item>
/// <item>With no totals there is no aggregate: <see cref="HasScores"/> is false and <see cref="Mean"/> and
/// <see cref="Spread"/> are null, never 0, so an unscored application cannot be mistaken for one scored 0.</item>
/// </list>
/// </summary>
public sealed class ScoreAggregation
{
    /// <summary>From this many totals on, one highest and one lowest are dropped before averaging.</summary>
    public const int MinimumExpertsForTrimming = 5;

    /// <summary>
    /// 20 points: the portal's default for flagging disagreement between experts. It does not come from the policy
    /// texts; the committee may set another threshold per call (pass it to <see cref="From(IEnumerable{decimal}, decimal)"/>).
    /// </summary>
    public const decimal DefaultSpreadThreshold = 20m;

    private ScoreAggregation(
        IReadOnlyList<decimal> totals,
        IReadOnlyList<decimal> used,
        IReadOnlyList<decimal> dropped,
        decimal? mean,
        decimal? spread,
        decimal spreadThreshold)
    {
        Totals = totals;
        Used = used;
        Dropped = dropped;
        Mean = mean;
        Spread = spread;
        SpreadThreshold = spreadThreshold;
    }

    /// <summary>How many experts scored (the number of totals given).</summary>
    public int Count => Totals.Count;

    /// <summary>True when at least one expert scored; then <see cref="Mean"/> and <see cref="Spread"/> have values.</summary>
    [MemberNotNullWhen(true, nameof(Mean), nameof(Spread))]
    public bool HasScores => Count > 0;

    /// <summary>Every total, in the order given.</summary>
    public IReadOnlyList<decimal> Totals { get; }

    /// <summary>The totals the mean is taken over, in the order given.</summary>
    public IReadOnlyList<decimal> Used { get; }

    /// <summary>Empty below five totals; otherwise exactly two: the highest dropped, then the lowest dropped.</summary>
    public IReadOnlyList<decimal> Dropped { get; }

    /// <summary>Mean of <see cref="Used"/>, rounded half away from zero to two decimals; null when nobody scored.</summary>
    public decimal? Mean { get; }

    /// <summary>Highest minus lowest of all <see cref="Totals"/>; null when nobody scored, 0 for a single expert.</summary>
    public decimal? Spread { get; }

    /// <summary>The threshold <see cref="SpreadFlag"/> was judged against.</summary>
    public decimal SpreadThreshold { get; }

    /// <summary>True when <see cref="Spread"/> is strictly greater than <see cref="SpreadThreshold"/> (equal is not flagged).</summary>
    public bool SpreadFlag => Spread > SpreadThreshold;

    /// <summary>Aggregates the weighted totals of the sheets (see <see cref="From(IEnumerable{decimal}, decimal)"/>).</summary>
    public static ScoreAggregation From(IEnumerable<ExpertScoreSheet> sheets, decimal spreadThreshold = DefaultSpreadThreshold)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        return From(sheets.Select(s => s.WeightedTotal), spreadThreshold);
    }

    /// <summary>Aggregates weighted totals (each 0–100, at most two decimals), one per expert who scored.</summary>
    /// <param name="totals">The experts' weighted totals; an empty sequence gives a result without scores.</param>
    /// <param name="spreadThreshold">Points of disagreement tolerated before flagging; 0 or more.</param>
    /// <exception cref="DomainException">
    /// <see cref="ReviewErrorCodes.TotalOutOfRange"/>, <see cref="ReviewErrorCodes.TotalPrecision"/>,
    /// <see cref="ReviewErrorCodes.SpreadThresholdInvalid"/>.
    /// </exception>
    public static ScoreAggregation From(IEnumerable<decimal> totals, decimal spreadThreshold = DefaultSpreadThreshold)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (spreadThreshold < 0)
        {
            throw new DomainException(ReviewErrorCodes.SpreadThresholdInvalid, $"The spread threshold {ReviewNumbers.Show(spreadThreshold)} cannot be negative.");
        }

        var all = totals.ToList();
        foreach (var total in all)
        {
            if (total < 0 || total > ExpertScoreSheet.MaxTotal)
            {
                throw new DomainException(ReviewErrorCodes.TotalOutOfRange, $"The total {ReviewNumbers.Show(total)} is outside 0 to {ReviewNumbers.Show(ExpertScoreSheet.MaxTotal)}.");
            }

            if (!ReviewNumbers.HasAtMostTwoDecimals(total))
            {
                throw new DomainException(ReviewErrorCodes.TotalPrecision, $"The total {ReviewNumbers.Show(total)} has more than two decimal places.");
            }
        }

        if (all.Count == 0)
        {
            return new ScoreAggregation([], [], [], null, null, spreadThreshold);
        }

        var highest = all.Max();
        var lowest = all.Min();
        var used = new List<decimal>(all);
        IReadOnlyList<decimal> dropped = [];
        if (all.Count >= MinimumExpertsForTrimming)
        {
            used.Remove(highest);
            used.Remove(lowest);
            dropped = [highest, lowest];
        }

        var mean = ReviewNumbers.RoundPoints(used.Sum() / used.Count);
        return new ScoreAggregation(all.AsReadOnly(), used.AsReadOnly(), dropped, mean, highest - lowest, spreadThreshold);
    }
}
