using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/5-4-district-little-giant: 60 万 when all 申报要求 are met.</summary>
public sealed class Chapter5Topic4DistrictLittleGiantTests
{
    private static readonly Chapter5Topic4DistrictLittleGiant Clause = new();

    internal static Dictionary<string, object> Eligible() => new()
    {
        ["registeredInJinshan"] = true,
        ["littleGiantPassedReviewAndNotice"] = true,
        ["rdStaff"] = 10L,
        ["totalStaff"] = 100L,
        ["rdSpendThreeYears"] = 5_000_000m,
        ["revenueThreeYears"] = 100_000_000m,
        ["hasOwnIp"] = true,
        ["goodCreditRating"] = true,
        ["totalAssets"] = 100_000_000m,
        ["totalLiabilities"] = 70_000_000m,
        ["lastYearRevenue"] = 30_000_000m,
        // 30,000,000 ≥ 20,833,333.33 × 1.44: the growth edge; net profit's growth is then not needed.
        ["revenueThreeYearsAgo"] = 20_833_333.33m,
        ["lastYearNetProfit"] = 0m,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Fact]
    public void An_enterprise_exactly_at_every_threshold_earns_600000_yuan()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(600_000.00m, result.Amount!.FixedAmount);
    }

    [Theory]
    [InlineData("rdStaff", 9L, "jinshan-5-4-rd-staff")]
    [InlineData("rdSpendThreeYears", 4_999_999.99, "jinshan-5-4-rd-spend")]
    [InlineData("totalLiabilities", 70_000_000.01, "jinshan-5-4-debt-ratio")]
    [InlineData("lastYearRevenue", 29_999_999.99, "jinshan-5-4-revenue")]
    [InlineData("lastYearNetProfit", -0.01, "jinshan-5-4-profit")]
    [InlineData("hasOwnIp", false, "jinshan-5-4-ip")]
    [InlineData("goodCreditRating", false, "jinshan-5-4-credit-rating")]
    [InlineData("littleGiantPassedReviewAndNotice", false, "jinshan-5-4-reviewed")]
    public void Just_outside_any_requirement_is_not_eligible(string key, object value, string code)
    {
        var v = value is double d ? (object)(decimal)d : value;
        AssertFails(Evaluate(Clause, With(Eligible(), (key, v))), code);
    }

    [Theory]
    [InlineData("100", "144", null, null, true)]
    [InlineData("100", "143.99", null, null, null)]
    [InlineData("100", "143.99", "100", "143.99", false)]
    [InlineData("100", "143.99", "100", "144", true)]
    [InlineData(null, null, "100", "144", true)]
    [InlineData("0", "1000", "-5", "100", false)]
    public void Average_growth_of_20_percent_is_revenue_or_net_profit_at_least_1_44_times_the_first_year(
        string? revenueFirst, string? revenueLast, string? profitFirst, string? profitLast, bool? expected)
    {
        static decimal? Yuan(string? s) => s is null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var facts = new Dictionary<string, object>();
        foreach (var (key, value) in new[] { ("revenueThreeYearsAgo", Yuan(revenueFirst)), ("lastYearRevenue", Yuan(revenueLast)), ("netProfitThreeYearsAgo", Yuan(profitFirst)), ("lastYearNetProfit", Yuan(profitLast)) })
        {
            if (value is { } v)
            {
                facts[key] = v;
            }
        }

        Assert.Equal(expected, Chapter5Topic4DistrictLittleGiant.Growth.Compute(new Facts(facts)));
    }

    [Fact]
    public void Growth_just_short_of_20_percent_in_revenue_and_net_profit_is_not_eligible_and_short_in_revenue_alone_asks_for_profit()
    {
        var revenueShort = With(Eligible(), ("revenueThreeYearsAgo", 20_833_333.34m));
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, revenueShort).Outcome);
        AssertFails(Evaluate(Clause, With(Eligible(), ("revenueThreeYearsAgo", 20_833_333.34m), ("netProfitThreeYearsAgo", 1m))), "jinshan-5-4-growth");
    }

    [Fact]
    public void A_missing_staff_count_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "totalStaff")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
