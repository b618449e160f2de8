using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/4-*: city innovation fund matching ≤ 10 万 and district innovation fund ≤ 10 万, 就高不重复.</summary>
public sealed class Article04InnovationFundTests
{
    private static readonly Article04CityInnovationFundMatching City = new();
    private static readonly Article04DistrictInnovationFund District = new();

    private static Facts CityEligible() => Facts(("cityInnovationFundApproved", true));

    private static Facts DistrictEligible() => Facts(("districtInnovationFundRecognised", true));

    [Fact]
    public void A_city_innovation_fund_project_gets_matching_support_up_to_100000_yuan()
    {
        var result = AssertEligible(City, CityEligible(), AmountKind.Ceiling, 100_000.00m);
        Assert.Equal("第 4 条", result.Citation.Article);
    }

    [Fact]
    public void A_recognised_district_innovation_fund_project_gets_up_to_100000_yuan() =>
        AssertEligible(District, DistrictEligible(), AmountKind.Ceiling, 100_000.00m);

    [Theory]
    [InlineData("cityInnovationFundApproved", "changning-4-city-fund-approved")]
    [InlineData("inChangning", "changning-13-applicability")]
    public void Each_unmet_city_condition_makes_the_project_not_eligible(string key, string code) =>
        AssertFailsOn(City, CityEligible().With(key, false), code);

    [Theory]
    [InlineData("districtInnovationFundRecognised", "changning-4-district-fund-recognised")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_district_condition_makes_the_project_not_eligible(string key, string code) =>
        AssertFailsOn(District, DistrictEligible().With(key, false), code);

    [Fact]
    public void Missing_facts_ask_for_input()
    {
        AssertNeedsInput(City, Facts());
        AssertNeedsInput(District, Facts());
    }

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void Both_clauses_apply_only_while_the_policy_is_in_force(string day, bool inForce)
    {
        AssertPeriod(City, CityEligible(), day, inForce);
        AssertPeriod(District, DistrictEligible(), day, inForce);
    }

    [Theory]
    [InlineData("100000", false)]
    [InlineData("99999.99", true)]
    public void Highest_only_a_district_award_at_or_above_the_city_ceiling_excludes_the_city_matching(string districtAward, bool eligible)
    {
        var prior = new PriorAward(District.Id, ChangningPolicy.InnovationFundGroup, Yuan(districtAward), new DateOnly(2024, 10, 1));
        Assert.Equal(eligible ? EvaluationOutcome.Eligible : EvaluationOutcome.NotEligible, Evaluate(City, CityEligible(), null, prior).Outcome);
    }
}
