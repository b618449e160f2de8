using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/10-application-scenarios: up to 150 万元 for the builder.</summary>
public sealed class Article10ApplicationScenariosTests
{
    private static readonly Article10ApplicationScenarios Clause = new();

    private static Facts Eligible() => Facts(
        ("applicantIsScenarioBuilder", true),
        ("scenarioBenefitsGood", true),
        ("scenarioRecognised", true));

    [Fact]
    public void A_recognised_scenario_project_gets_a_ceiling_of_1500000_yuan_for_its_builder()
    {
        var result = AssertEligible(Clause, Eligible(), AmountKind.Ceiling, 1_500_000.00m);
        Assert.Equal("第 10 条", result.Citation.Article);
    }

    [Theory]
    [InlineData("applicantIsScenarioBuilder", "changning-10-builder")]
    [InlineData("scenarioBenefitsGood", "changning-10-benefits")]
    [InlineData("scenarioRecognised", "changning-10-recognised")]
    [InlineData("inChangning", "changning-13-applicability")]
    public void Each_unmet_condition_makes_the_project_not_eligible(string key, string code) =>
        AssertFailsOn(Clause, Eligible().With(key, false), code);

    [Fact]
    public void Missing_facts_ask_for_input() => AssertNeedsInput(Clause, Facts(("scenarioBenefitsGood", true)));

    [Theory]
    [InlineData(true, true, ConditionStatus.Met)]
    [InlineData(false, true, ConditionStatus.NotMet)]
    [InlineData(true, false, ConditionStatus.NotMet)]
    public void The_district_participation_comes_from_the_builder_being_a_Changning_unit(bool builder, bool inChangning, ConditionStatus expected)
    {
        var result = ClauseEvaluator.Evaluate(Clause, Eligible().With("applicantIsScenarioBuilder", builder).With("inChangning", inChangning), new DateOnly(2025, 6, 1), []);
        Assert.Equal(expected, Assert.Single(result.Conditions, c => c.Code == "changning-10-district-participation").Status);
    }

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void The_clause_applies_only_while_the_policy_is_in_force(string day, bool inForce) => AssertPeriod(Clause, Eligible(), day, inForce);
}
