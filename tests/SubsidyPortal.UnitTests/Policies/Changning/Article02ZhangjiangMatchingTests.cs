using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/2-zhangjiang-matching: 匹配 with no figure — a ceiling equal to the Zhangjiang grant.</summary>
public sealed class Article02ZhangjiangMatchingTests
{
    private static readonly Article02ZhangjiangMatching Clause = new();

    private static Facts Eligible(decimal grant = 800_000m) => Facts(
        ("zhangjiangProjectApproved", true),
        (Article02ZhangjiangMatching.GrantKey, grant));

    [Fact]
    public void An_approved_Zhangjiang_project_gets_a_ceiling_equal_to_its_Zhangjiang_grant()
    {
        var result = AssertEligible(Clause, Eligible(), AmountKind.Ceiling, 800_000.00m);
        Assert.Contains("匹配", result.Amount!.Trace[0].DescriptionZh, StringComparison.Ordinal);
        Assert.Equal("第 2 条", result.Citation.Article);
    }

    [Theory]
    [InlineData("0.01", true)]
    [InlineData("0", false)]
    public void The_grant_must_be_above_zero_for_there_to_be_something_to_match(string grant, bool eligible)
    {
        if (eligible)
        {
            AssertEligible(Clause, Eligible(Yuan(grant)), AmountKind.Ceiling, Yuan(grant));
        }
        else
        {
            AssertFailsOn(Clause, Eligible(Yuan(grant)), "changning-2-grant-positive");
        }
    }

    [Theory]
    [InlineData("zhangjiangProjectApproved", "changning-2-zhangjiang-approved")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_condition_makes_the_project_not_eligible(string key, string code) =>
        AssertFailsOn(Clause, Eligible().With(key, false), code);

    [Fact]
    public void A_missing_grant_amount_asks_for_input() => AssertNeedsInput(Clause, Facts(("zhangjiangProjectApproved", true)));

    [Fact]
    public void Missing_facts_ask_for_input() => AssertNeedsInput(Clause, Facts());

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void The_clause_applies_only_while_the_policy_is_in_force(string day, bool inForce) => AssertPeriod(Clause, Eligible(), day, inForce);
}
