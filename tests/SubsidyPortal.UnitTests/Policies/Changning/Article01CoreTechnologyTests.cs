using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/1-core-technology: 最高不超过 300 万元 after the comprehensive assessment.</summary>
public sealed class Article01CoreTechnologyTests
{
    private static readonly Article01CoreTechnology Clause = new();

    private static Facts Eligible() => Facts(
        ("coreTechProjectAlignedWithIndustry", true),
        ("coreTechProjectHasResults", true),
        ("coreTechComprehensiveAssessmentPassed", true));

    [Fact]
    public void A_project_fitting_the_industry_with_results_that_passed_assessment_gets_a_ceiling_of_3000000_yuan()
    {
        var result = AssertEligible(Clause, Eligible(), AmountKind.Ceiling, 3_000_000.00m);
        Assert.Null(result.Amount!.FixedAmount);
        Assert.Equal("第 1 条", result.Citation.Article);
        Assert.Contains(result.ParametersUsed, p => p.Value == 3_000_000m);
    }

    [Theory]
    [InlineData("coreTechProjectAlignedWithIndustry", "changning-1-industry-direction")]
    [InlineData("coreTechProjectHasResults", "changning-1-results")]
    [InlineData("coreTechComprehensiveAssessmentPassed", "changning-1-assessment")]
    [InlineData("inChangning", "changning-13-applicability")]
    [InlineData("operatingNormally", "changning-13-applicability")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_condition_makes_the_project_not_eligible(string key, string code) =>
        AssertFailsOn(Clause, Eligible().With(key, false), code);

    [Fact]
    public void Missing_facts_ask_for_input() => AssertNeedsInput(Clause, Facts());

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void The_clause_applies_only_while_the_policy_is_in_force(string day, bool inForce) => AssertPeriod(Clause, Eligible(), day, inForce);

    [Fact]
    public void The_same_project_is_supported_once()
    {
        var facts = Eligible().With(ClauseEvaluator.MatterKey, "project-A");
        var prior = new PriorAward(Clause.Id, null, 1_000_000m, new DateOnly(2024, 10, 1), "project-A");
        Assert.Equal(EvaluationOutcome.NotEligible, Evaluate(Clause, facts, null, prior).Outcome);
        Assert.Equal(EvaluationOutcome.Eligible, Evaluate(Clause, facts.With(ClauseEvaluator.MatterKey, "project-B"), null, prior).Outcome);
    }
}
