using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>How a scenario shares the budget.</summary>
public enum FundingScenarioKind
{
    /// <summary>By score within the budget, each at its counted amount: the ranking's own rule (<see cref="BudgetRanking"/>).</summary>
    ScoreOrder,

    /// <summary>Every scored application, each amount scaled by the same factor so the total fits the budget.</summary>
    ProRata,

    /// <summary>Every amount at the same percentage, then by score within the budget.</summary>
    FlatPercent,
}

/// <summary>One application under a scenario: the amount the scenario starts from and its amount under the scenario.</summary>
/// <param name="Counted">What the scenario starts from: the ranking's counted amount by score, the clause's figure otherwise.</param>
/// <param name="Amount">Yuan it gets if funded: for a row on the reserve list, what it would get once funds allow.</param>
/// <param name="TiedAtLine">Its score equals that of the row the line falls on: submission time decided its side.</param>
public sealed record ScenarioLine(int Position, Guid ApplicationId, string DisplayName, decimal Score, decimal Counted, decimal Amount, bool TiedAtLine);

/// <summary>
/// What a way of sharing the budget gives: who is funded and with how much, in score order; the reserve list (候补) in
/// order; and what is left of the budget.
/// </summary>
public sealed record FundingScenario(
    FundingScenarioKind Kind, decimal Budget, decimal? Percent, IReadOnlyList<ScenarioLine> Funded, IReadOnlyList<ScenarioLine> Reserve)
{
    public decimal Total => Funded.Sum(l => l.Amount);

    public decimal Left => Budget - Total;

    /// <summary>The top-up that would fund the first row of the reserve list as well (null when there is none).</summary>
    public decimal? NextNeeds => Reserve.Count == 0 ? null : Total + Reserve[0].Amount - Budget;
}

/// <summary>
/// 预算方案比较: the committee compares ways of sharing a call's budget among its scored applications before it proposes.
/// Only scored rows take part (an unscored one is not ranked yet). Order and ties are the ranking's (score, then
/// submission time). By score takes each row's counted amount (the approved amount staff set, else the clause's figure),
/// as the ranking does; pro rata and the flat percentage start from the approvable amount, the clause's figure, so
/// proposing one of them twice gives the same amounts, not a share of a share. Amounts are yuan to the fen: a flat percentage is rounded half away from zero; a pro-rata share
/// is rounded down to the fen, so the shares never add up to more than the budget.
/// </summary>
public static class BudgetScenarios
{
    /// <summary>By score within <paramref name="budget"/> (the call's when null): strict order, as the ranking draws its line.</summary>
    public static FundingScenario ScoreOrder(BudgetRanking ranking, decimal? budget = null) =>
        InOrder(FundingScenarioKind.ScoreOrder, budget ?? ranking.Budget, null, Scored(ranking), r => r.CountedAmount, r => r.CountedAmount);

    /// <summary>Every scored row funded, each at its approvable amount × min(1, budget ÷ total), rounded down to the fen.</summary>
    public static FundingScenario ProRata(BudgetRanking ranking)
    {
        var rows = Scored(ranking);
        var total = rows.Sum(r => r.RuleAmount);
        var factor = total <= ranking.Budget ? 1m : ranking.Budget / total;
        var lines = rows.Select(r => Line(r, r.RuleAmount, FloorToFen(r.RuleAmount * factor), false)).ToList();
        return new FundingScenario(FundingScenarioKind.ProRata, ranking.Budget, null, lines, []);
    }

    /// <summary>Every approvable amount at <paramref name="percent"/> % (0 &lt; percent ≤ 100), then by score within the budget.</summary>
    public static FundingScenario FlatPercent(BudgetRanking ranking, decimal percent)
    {
        if (percent <= 0 || percent > 100)
        {
            throw new DomainException(ReviewErrorCodes.PercentOutOfRange, $"The percentage {ReviewNumbers.Show(percent)} is not above 0 and at most 100.");
        }

        return InOrder(FundingScenarioKind.FlatPercent, ranking.Budget, percent, Scored(ranking), r => r.RuleAmount, r => Money.RoundToFen(r.RuleAmount * percent / 100m));
    }

    /// <summary>The rows a top-up of the budget would add under the score order, each with its amount.</summary>
    public static IReadOnlyList<ScenarioLine> TopUp(BudgetRanking ranking, decimal topUp)
    {
        if (topUp <= 0 || !Money.IsWholeFen(topUp))
        {
            throw new DomainException(ReviewErrorCodes.BudgetInvalid, $"The top-up {ReviewNumbers.Show(topUp)} yuan is not a positive amount in whole fen.");
        }

        var now = ScoreOrder(ranking).Funded.Select(l => l.ApplicationId).ToHashSet();
        return ScoreOrder(ranking, ranking.Budget + topUp).Funded.Where(l => !now.Contains(l.ApplicationId)).ToList();
    }

    private static List<RankedApplication> Scored(BudgetRanking ranking) => ranking.Rows.Where(r => r.Score is not null).ToList();

    private static FundingScenario InOrder(
        FundingScenarioKind kind, decimal budget, decimal? percent, List<RankedApplication> rows, Func<RankedApplication, decimal> basis, Func<RankedApplication, decimal> amount)
    {
        var amounts = rows.Select(amount).ToList();
        var line = rows.Count;
        var running = 0m;
        for (var i = 0; i < rows.Count; i++)
        {
            running += amounts[i];
            if (running > budget)
            {
                line = i;
                break;
            }
        }

        // The score the line falls on: rows of that score on either side were put there by submission time alone.
        decimal? tiedScore = line > 0 && line < rows.Count && rows[line].Score == rows[line - 1].Score ? rows[line].Score : null;
        var funded = rows.Take(line).Select((r, i) => Line(r, basis(r), amounts[i], r.Score == tiedScore)).ToList();
        var reserve = rows.Skip(line).Select((r, i) => Line(r, basis(r), amounts[line + i], r.Score == tiedScore)).ToList();
        return new FundingScenario(kind, budget, percent, funded, reserve);
    }

    private static ScenarioLine Line(RankedApplication row, decimal basis, decimal amount, bool tied) =>
        new(row.Position, row.ApplicationId, row.DisplayName, row.Score!.Value, basis, amount, tied);

    private static decimal FloorToFen(decimal yuan) => Math.Floor(yuan * 100m) / 100m;
}

/// <summary>A scenario's name as the committee's record and the audit trail give it.</summary>
public static class FundingScenarioNames
{
    public static string Zh(FundingScenario scenario) => Zh(scenario.Kind, scenario.Percent);

    public static string Zh(FundingScenarioKind kind, decimal? percent) => kind switch
    {
        FundingScenarioKind.ScoreOrder => "按得分择优",
        FundingScenarioKind.ProRata => "等比例缩减",
        _ => $"统一 {percent?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}% 后择优",
    };
}
