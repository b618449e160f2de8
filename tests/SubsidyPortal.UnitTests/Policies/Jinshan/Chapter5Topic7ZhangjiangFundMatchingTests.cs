using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/5-7-zhangjiang-fund-matching: 100 % of the city's 张江 support, no cap.</summary>
public sealed class Chapter5Topic7ZhangjiangFundMatchingTests
{
    private static readonly Chapter5Topic7ZhangjiangFundMatching Clause = new();

    internal static Dictionary<string, object> Eligible(decimal city = 1_234_567.89m) => new()
    {
        ["recommendedZhangjiangProject"] = true,
        [Clause.CityGrantKey] = city,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Fact]
    public void The_city_support_is_matched_in_full()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(1_234_567.89m, result.Amount!.FixedAmount);
    }

    [Fact]
    public void A_zero_city_support_is_refused_rather_than_matched_with_zero() =>
        AssertFails(Evaluate(Clause, new Facts(Eligible(0m))), "jinshan-5-7-grant");

    [Fact]
    public void A_project_without_Zhangjiang_funding_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("recommendedZhangjiangProject", false))), "jinshan-5-7-funded");

    [Fact]
    public void A_missing_city_support_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), Clause.CityGrantKey)).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
