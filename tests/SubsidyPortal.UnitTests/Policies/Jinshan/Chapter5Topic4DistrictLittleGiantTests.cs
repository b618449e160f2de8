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
        // One granted patent is own IP enough; the other counts need not be asked.
        ["grantedPatentCount"] = 1L,
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
    [InlineData("goodCreditRating", false, "jinshan-5-4-credit-rating")]
    [InlineData("littleGiantPassedReviewAndNotice", false, "jinshan-5-4-reviewed")]
    public void Just_outside_any_requirement_is_not_eligible(string key, object value, string code)
    {
        var v = value is double d ? (object)(decimal)d : value;
        AssertFails(Evaluate(Clause, With(Eligible(), (key, v))), code);
    }

    private static Facts WithIp(long? patents, long? software, long? layouts, long? other)
    {
        var facts = Eligible();
        facts.Remove("grantedPatentCount");
        foreach (var (key, count) in new[] { ("grantedPatentCount", patents), ("softwareCopyrightCount", software), ("icLayoutDesignCount", layouts), ("otherGrantedIpCount", other) })
        {
            if (count is { } n)
            {
                facts[key] = n;
            }
        }

        return new Facts(facts);
    }

    [Theory]
    [InlineData(0L, 0L, 0L, 0L, EvaluationOutcome.NotEligible)]
    [InlineData(1L, 0L, 0L, 0L, EvaluationOutcome.Eligible)]
    [InlineData(0L, 1L, 0L, 0L, EvaluationOutcome.Eligible)]
    [InlineData(0L, 0L, 1L, 0L, EvaluationOutcome.Eligible)]
    [InlineData(0L, 0L, 0L, 1L, EvaluationOutcome.Eligible)]
    [InlineData(null, null, 2L, null, EvaluationOutcome.Eligible)]
    [InlineData(0L, 0L, 0L, null, EvaluationOutcome.NeedsInput)]
    [InlineData(null, null, null, null, EvaluationOutcome.NeedsInput)]
    public void Own_ip_is_one_granted_right_of_any_kind_and_none_only_when_every_count_is_zero(long? patents, long? software, long? layouts, long? other, EvaluationOutcome expected)
    {
        var result = Evaluate(Clause, WithIp(patents, software, layouts, other));
        Assert.Equal(expected, result.Outcome);
        Assert.Equal(
            expected switch { EvaluationOutcome.Eligible => ConditionStatus.Met, EvaluationOutcome.NotEligible => ConditionStatus.NotMet, _ => ConditionStatus.NeedsInput },
            Assert.Single(result.Conditions, c => c.Code == "jinshan-5-4-ip").Status);
    }

    [Fact]
    public void Own_ip_now_gets_its_answer_from_counts_of_granted_rights()
    {
        // Formerly a yes/no restating the text ("有授权专利、软件著作权、集成电路布图设计等自主知识产权"); now counts.
        Assert.DoesNotContain(Clause.Inputs, i => i.Key == "hasOwnIp");
        Assert.All(Chapter5Topic4DistrictLittleGiant.OwnIpCounts, c => Assert.Equal((InputType.Count, FactEntity.Enterprise), (c.Type, c.Entity)));
        Assert.Equal(Chapter5Topic4DistrictLittleGiant.OwnIpCounts.Select(c => c.Key), Chapter5Topic4DistrictLittleGiant.OwnIp.From);
        Assert.Contains(Chapter5Topic4DistrictLittleGiant.OwnIp.Quote, PolicyText.Value, StringComparison.Ordinal);
        Assert.Equal(600_000.00m, Evaluate(Clause, WithIp(3L, 0L, 0L, 0L)).Amount!.FixedAmount);
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
