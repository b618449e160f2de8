using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/3-*: city Little Giant matching (ceiling = city grant) and district Little Giant ≤ 50 万, 就高不重复.</summary>
public sealed class Article03LittleGiantTests
{
    private static readonly Article03CityLittleGiantMatching City = new();
    private static readonly Article03DistrictLittleGiant District = new();

    private static Facts CityEligible(decimal grant = 300_000m) => Facts(
        ("cityLittleGiantProjectApproved", true),
        (Article03CityLittleGiantMatching.GrantKey, grant));

    private static Facts DistrictEligible() => Facts(("districtLittleGiantCultivation", true));

    [Fact]
    public void A_city_Little_Giant_project_gets_a_ceiling_equal_to_its_city_grant() =>
        AssertEligible(City, CityEligible(), AmountKind.Ceiling, 300_000.00m);

    [Fact]
    public void A_city_grant_of_zero_leaves_nothing_to_match() =>
        AssertFailsOn(City, CityEligible(0m), "changning-3-city-grant-positive");

    [Theory]
    [InlineData("cityLittleGiantProjectApproved", "changning-3-city-little-giant")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_city_condition_makes_the_project_not_eligible(string key, string code) =>
        AssertFailsOn(City, CityEligible().With(key, false), code);

    [Fact]
    public void A_missing_city_grant_asks_for_input() => AssertNeedsInput(City, Facts(("cityLittleGiantProjectApproved", true)));

    [Fact]
    public void A_district_Little_Giant_cultivation_enterprise_gets_a_ceiling_of_500000_yuan() =>
        AssertEligible(District, DistrictEligible(), AmountKind.Ceiling, 500_000.00m);

    [Theory]
    [InlineData("districtLittleGiantCultivation", "changning-3-district-little-giant")]
    [InlineData("operatingNormally", "changning-13-applicability")]
    public void Each_unmet_district_condition_makes_the_enterprise_not_eligible(string key, string code) =>
        AssertFailsOn(District, DistrictEligible().With(key, false), code);

    [Fact]
    public void Missing_district_facts_ask_for_input() => AssertNeedsInput(District, Facts());

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void Both_clauses_apply_only_while_the_policy_is_in_force(string day, bool inForce)
    {
        AssertPeriod(City, CityEligible(), day, inForce);
        AssertPeriod(District, DistrictEligible(), day, inForce);
    }

    [Theory]
    [InlineData("500000", false)]
    [InlineData("499999.99", true)]
    public void Highest_only_a_city_matching_award_at_or_above_the_district_ceiling_excludes_the_district_support(string cityAward, bool eligible)
    {
        var prior = new PriorAward(City.Id, ChangningPolicy.LittleGiantGroup, Yuan(cityAward), new DateOnly(2024, 10, 1));
        var result = Evaluate(District, DistrictEligible(), null, prior);
        Assert.Equal(eligible ? EvaluationOutcome.Eligible : EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Contains(result.Conditions, c => c.Code == "highest-only");
    }
}
