using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/3-1-revenue-*: 20 / 50 / 100 / 200 万 for first crossing 5000 万 / 1 亿 / 5 亿 / 10 亿, 就高.</summary>
public sealed class Chapter3Topic1RevenueMilestonesTests
{
    internal static Dictionary<string, object> Eligible(decimal revenue, decimal previous = 30_000_000m)
    {
        var f = Shared();
        f["lastYearRevenue"] = revenue;
        f["highestRevenueBeforeLastYear"] = previous;
        return f;
    }

    private static readonly Clause[] Tiers =
        [new Chapter3RevenueMilestone50Million(), new Chapter3RevenueMilestone100Million(), new Chapter3RevenueMilestone500Million(), new Chapter3RevenueMilestone1Billion()];

    /// <summary>The tier awarded for a revenue, or null when none is eligible.</summary>
    private static decimal? Award(decimal revenue, decimal previous = 30_000_000m)
    {
        var eligible = Tiers.Select(t => Evaluate(t, new Facts(Eligible(revenue, previous)))).Where(e => e.Outcome == EvaluationOutcome.Eligible).ToList();
        Assert.True(eligible.Count <= 1, "at most one tier applies to one year's revenue");
        return eligible.SingleOrDefault()?.Amount!.FixedAmount;
    }

    [Theory]
    [InlineData(49_999_999.99, null)]
    [InlineData(50_000_000.00, 200_000.00)]
    [InlineData(99_999_999.99, 200_000.00)]
    [InlineData(100_000_000.00, 500_000.00)]
    [InlineData(499_999_999.99, 500_000.00)]
    [InlineData(500_000_000.00, 1_000_000.00)]
    [InlineData(999_999_999.99, 1_000_000.00)]
    [InlineData(1_000_000_000.00, 2_000_000.00)]
    public void Each_threshold_earns_its_tier_and_a_jump_past_several_earns_the_highest_only(double revenue, double? expected) =>
        Assert.Equal(expected is { } e ? (decimal)e : null, Award((decimal)revenue));

    [Fact]
    public void A_threshold_reached_in_an_earlier_year_is_not_crossed_for_the_first_time() =>
        AssertFails(Evaluate(new Chapter3RevenueMilestone50Million(), new Facts(Eligible(60_000_000m, previous: 50_000_000m))), "jinshan-3-first-time");

    [Fact]
    public void Just_below_the_threshold_last_year_still_counts_as_the_first_crossing() =>
        Assert.Equal(200_000.00m, Award(60_000_000m, previous: 49_999_999.99m));

    [Fact]
    public void A_later_higher_tier_is_granted_over_a_lower_one_already_held()
    {
        var prior = new PriorAward(new Chapter3RevenueMilestone50Million().Id, JinshanPolicy.RevenueMilestoneGroup, 200_000m, new DateOnly(2025, 6, 1));
        var result = Evaluate(new Chapter3RevenueMilestone100Million(), new Facts(Eligible(120_000_000m, previous: 60_000_000m)), null, prior);
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(500_000.00m, result.Amount!.FixedAmount);
    }

    [Fact]
    public void A_lower_tier_is_refused_when_a_higher_one_is_already_held()
    {
        var prior = new PriorAward(new Chapter3RevenueMilestone100Million().Id, JinshanPolicy.RevenueMilestoneGroup, 500_000m, new DateOnly(2025, 6, 1));
        AssertFails(Evaluate(new Chapter3RevenueMilestone50Million(), new Facts(Eligible(60_000_000m)), null, prior), "highest-only");
    }

    [Fact]
    public void An_enterprise_not_settling_sales_in_Jinshan_is_not_eligible() =>
        AssertFails(Evaluate(new Chapter3RevenueMilestone50Million(), With(Eligible(60_000_000m), ("settlementInJinshan", false))), "jinshan-settlement");

    [Fact]
    public void A_missing_earlier_revenue_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(new Chapter3RevenueMilestone50Million(), Without(Eligible(60_000_000m), "highestRevenueBeforeLastYear")).Outcome);

    [Fact]
    public void The_clauses_apply_from_the_notice_date_2025_04_30() =>
        AssertPeriodEdges(new Chapter3RevenueMilestone1Billion(), new Facts(Eligible(1_200_000_000m)));
}
