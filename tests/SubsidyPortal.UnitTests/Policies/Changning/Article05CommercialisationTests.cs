using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/5-commercialisation: 后补贴 up to 150 万元 for the project undertaker.</summary>
public sealed class Article05CommercialisationTests
{
    private static readonly Article05Commercialisation Clause = new();

    private static Facts Eligible() => Facts(
        ("universityCooperationProject", true),
        ("projectIndustrialised", true),
        ("applicantIsProjectUndertaker", true),
        ("commercialisationReviewPassed", true));

    [Fact]
    public void An_industrialised_university_cooperation_project_gets_a_ceiling_of_1500000_yuan()
    {
        var result = AssertEligible(Clause, Eligible(), AmountKind.Ceiling, 1_500_000.00m);
        Assert.Equal("第 5 条", result.Citation.Article);
    }

    [Theory]
    [InlineData("universityCooperationProject", "changning-5-university-cooperation")]
    [InlineData("projectIndustrialised", "changning-5-industrialised")]
    [InlineData("applicantIsProjectUndertaker", "changning-5-undertaker")]
    [InlineData("commercialisationReviewPassed", "changning-5-review")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_condition_makes_the_project_not_eligible(string key, string code) =>
        AssertFailsOn(Clause, Eligible().With(key, false), code);

    [Fact]
    public void Missing_facts_ask_for_input() => AssertNeedsInput(Clause, Facts(("universityCooperationProject", true)));

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void The_clause_applies_only_while_the_policy_is_in_force(string day, bool inForce) => AssertPeriod(Clause, Eligible(), day, inForce);
}
