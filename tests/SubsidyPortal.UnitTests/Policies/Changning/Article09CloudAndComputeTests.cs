using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/9-cloud-and-compute: 单个单位年度支持最高不超过 500 万元, less this year's earlier awards.</summary>
public sealed class Article09CloudAndComputeTests
{
    private static readonly Article09CloudAndCompute Clause = new();

    private static Facts Eligible(decimal receivedThisYear = 0m) => Facts(
        ("techInnovationEnterprise", true),
        ("alignedWithKeyIndustries", true),
        ("purchasedComputePublicServices", true),
        (Article09CloudAndCompute.ReceivedThisYearKey, receivedThisYear));

    [Fact]
    public void An_enterprise_with_no_support_this_year_gets_a_ceiling_of_5000000_yuan()
    {
        var result = AssertEligible(Clause, Eligible(), AmountKind.Ceiling, 5_000_000.00m);
        Assert.Equal("第 9 条", result.Citation.Article);
        Assert.Contains(result.Amount!.Trace, s => s.Stage == AmountStage.Limit);
    }

    [Theory]
    [InlineData("1200000", "3800000")]
    [InlineData("4999999.99", "0.01")]
    public void Earlier_support_this_year_reduces_the_ceiling_to_what_remains(string received, string ceiling) =>
        AssertEligible(Clause, Eligible(Yuan(received)), AmountKind.Ceiling, Yuan(ceiling));

    [Theory]
    [InlineData("5000000")]
    [InlineData("5000000.01")]
    public void Once_the_yearly_limit_is_used_up_the_enterprise_is_not_eligible(string received) =>
        AssertFailsOn(Clause, Eligible(Yuan(received)), "changning-9-annual-limit-remaining");

    [Theory]
    [InlineData("techInnovationEnterprise", "changning-9-tech-enterprise")]
    [InlineData("alignedWithKeyIndustries", "changning-9-key-industry")]
    [InlineData("purchasedComputePublicServices", "changning-9-purchased-services")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_condition_makes_the_enterprise_not_eligible(string key, string code) =>
        AssertFailsOn(Clause, Eligible().With(key, false), code);

    [Fact]
    public void Missing_support_received_this_year_asks_for_input() =>
        AssertNeedsInput(Clause, Facts(("techInnovationEnterprise", true), ("alignedWithKeyIndustries", true), ("purchasedComputePublicServices", true)));

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void The_clause_applies_only_while_the_policy_is_in_force(string day, bool inForce) => AssertPeriod(Clause, Eligible(), day, inForce);
}
