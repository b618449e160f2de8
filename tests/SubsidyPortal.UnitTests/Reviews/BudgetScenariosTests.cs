using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>
/// 预算方案比较 on one list: A 90 分 asks 400,000; B and C both 85 分 ask 300,000 each (B submitted first); D 80 分 asks
/// 200,000; E is not scored yet. Budget 900,000.
/// </summary>
public sealed class BudgetScenariosTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid A = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = new("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid D = new("00000000-0000-0000-0000-00000000000d");
    private static readonly Guid E = new("00000000-0000-0000-0000-00000000000e");

    private static BudgetRanking Ranking(decimal budget = 900_000m) => BudgetRanking.Rank(budget,
    [
        new(D, "D", 80m, 200_000m, AmountKind.Ceiling, null, Day),
        new(C, "C", 85m, 300_000m, AmountKind.Ceiling, null, Day.AddHours(2)),
        new(A, "A", 90m, 400_000m, AmountKind.Ceiling, null, Day.AddHours(3)),
        new(B, "B", 85m, 300_000m, AmountKind.Fixed, null, Day.AddHours(1)),
        new(E, "E", null, 100_000m, AmountKind.Ceiling, null, Day),
    ]);

    private static IEnumerable<(Guid, decimal)> Amounts(IEnumerable<ScenarioLine> lines) => lines.Select(l => (l.ApplicationId, l.Amount));

    [Fact]
    public void By_score_the_line_falls_between_two_equal_scores_and_says_so()
    {
        var scenario = BudgetScenarios.ScoreOrder(Ranking());

        Assert.Equal([(A, 400_000m), (B, 300_000m)], Amounts(scenario.Funded));
        // C has B's score: only its later submission puts it below the line, first on the reserve list.
        Assert.Equal([C, D], scenario.Reserve.Select(l => l.ApplicationId));
        Assert.Equal([false, true], scenario.Funded.Select(l => l.TiedAtLine));
        Assert.Equal([true, false], scenario.Reserve.Select(l => l.TiedAtLine));
        Assert.Equal((700_000m, 200_000m), (scenario.Total, scenario.Left));
        Assert.Equal(100_000m, scenario.NextNeeds);
    }

    [Fact]
    public void Without_a_tie_at_the_line_no_row_is_marked()
    {
        var scenario = BudgetScenarios.ScoreOrder(Ranking(1_000_000m));
        Assert.Equal([A, B, C], scenario.Funded.Select(l => l.ApplicationId));
        Assert.Equal([D], scenario.Reserve.Select(l => l.ApplicationId));
        Assert.DoesNotContain(scenario.Funded.Concat(scenario.Reserve), l => l.TiedAtLine);
        Assert.Equal(0m, scenario.Left);
    }

    [Fact]
    public void Pro_rata_funds_every_scored_row_scaled_to_the_budget()
    {
        var scenario = BudgetScenarios.ProRata(Ranking());

        // 1,200,000 asked for 900,000: each at three quarters; the unscored E takes no part.
        Assert.Equal([(A, 300_000m), (B, 225_000m), (C, 225_000m), (D, 150_000m)], Amounts(scenario.Funded));
        Assert.Empty(scenario.Reserve);
        Assert.Equal(0m, scenario.Left);
    }

    [Fact]
    public void Pro_rata_shares_are_rounded_down_so_they_never_pass_the_budget()
    {
        // 1,200,000 for 1,000,000.01: each × 0.8333333416…, to the fen below (A: 333,333.3366… → 333,333.33).
        var scenario = BudgetScenarios.ProRata(Ranking(1_000_000.01m));
        Assert.Equal([(A, 333_333.33m), (B, 250_000.00m), (C, 250_000.00m), (D, 166_666.66m)], Amounts(scenario.Funded));
        Assert.Equal(999_999.99m, scenario.Total);
        Assert.True(scenario.Total <= 1_000_000.01m);
    }

    [Fact]
    public void Pro_rata_under_the_budget_funds_every_amount_in_full()
    {
        var scenario = BudgetScenarios.ProRata(Ranking(2_000_000m));
        Assert.Equal([(A, 400_000m), (B, 300_000m), (C, 300_000m), (D, 200_000m)], Amounts(scenario.Funded));
        Assert.Equal(800_000m, scenario.Left);
    }

    [Fact]
    public void Funding_all_at_a_percentage_goes_by_score_until_the_budget_runs_out()
    {
        var scenario = BudgetScenarios.FlatPercent(Ranking(), 80m);

        Assert.Equal([(A, 320_000m), (B, 240_000m), (C, 240_000m)], Amounts(scenario.Funded));
        Assert.Equal([(D, 160_000m)], Amounts(scenario.Reserve));
        Assert.Equal(100_000m, scenario.Left);
        Assert.Equal(60_000m, scenario.NextNeeds);
    }

    [Fact]
    public void A_percentage_rounds_each_amount_half_away_from_zero_to_the_fen()
    {
        var scenario = BudgetScenarios.FlatPercent(BudgetRanking.Rank(1_000m, [new(A, "A", 90m, 0.05m, AmountKind.Ceiling, null, Day)]), 50m);
        Assert.Equal(0.03m, Assert.Single(scenario.Funded).Amount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.01)]
    public void A_percentage_outside_0_to_100_is_refused(double percent) =>
        Assert.Equal(ReviewErrorCodes.PercentOutOfRange, Assert.Throws<DomainException>(() => BudgetScenarios.FlatPercent(Ranking(), (decimal)percent)).Code);

    [Fact]
    public void By_score_counts_an_approved_amount_and_the_other_ways_start_from_the_clauses_figure()
    {
        // A's figure is 400,000; staff approved 100,000 of it.
        var ranking = BudgetRanking.Rank(1_000_000m,
        [
            new(A, "A", 90m, 400_000m, AmountKind.Ceiling, 100_000m, Day),
            new(B, "B", 85m, 400_000m, AmountKind.Ceiling, null, Day),
        ]);

        Assert.Equal([(A, 100_000m), (B, 400_000m)], Amounts(BudgetScenarios.ScoreOrder(ranking).Funded));
        Assert.Equal([(A, 400_000m), (B, 400_000m)], Amounts(BudgetScenarios.ProRata(ranking).Funded));
        Assert.Equal([(A, 200_000m), (B, 200_000m)], Amounts(BudgetScenarios.FlatPercent(ranking, 50m).Funded));
        Assert.Equal([400_000m, 400_000m], BudgetScenarios.FlatPercent(ranking, 50m).Funded.Select(l => l.Counted));
    }

    [Fact]
    public void A_top_up_lists_what_it_would_add_in_order()
    {
        Assert.Empty(BudgetScenarios.TopUp(Ranking(), 99_999.99m));
        Assert.Equal([(C, 300_000m)], Amounts(BudgetScenarios.TopUp(Ranking(), 100_000m)));
        Assert.Equal([(C, 300_000m), (D, 200_000m)], Amounts(BudgetScenarios.TopUp(Ranking(), 300_000m)));
        Assert.Equal(ReviewErrorCodes.BudgetInvalid, Assert.Throws<DomainException>(() => BudgetScenarios.TopUp(Ranking(), 0m)).Code);
    }
}
