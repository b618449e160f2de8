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
        ["growthAtLeast20Percent"] = true,
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
    [InlineData("growthAtLeast20Percent", false, "jinshan-5-4-growth")]
    [InlineData("goodCreditRating", false, "jinshan-5-4-credit-rating")]
    [InlineData("littleGiantPassedReviewAndNotice", false, "jinshan-5-4-reviewed")]
    public void Just_outside_any_requirement_is_not_eligible(string key, object value, string code)
    {
        var v = value is double d ? (object)(decimal)d : value;
        AssertFails(Evaluate(Clause, With(Eligible(), (key, v))), code);
    }

    [Fact]
    public void A_missing_staff_count_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "totalStaff")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
