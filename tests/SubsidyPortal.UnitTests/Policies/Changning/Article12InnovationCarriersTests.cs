using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>
/// changning-2024/12-*: incubator start-up funds and operating subsidy (committee-decided), performance award
/// matching (ceiling = city award), and the carrier performance awards 300 / 200 / 100 万元, 就高不重复.
/// </summary>
public sealed class Article12InnovationCarriersTests
{
    private static readonly Article12IncubatorStartUpFunds StartUp = new();
    private static readonly Article12IncubatorOperatingSubsidy Operating = new();
    private static readonly Article12IncubatorPerformanceMatching Matching = new();
    private static readonly Article12UniversitySciencePark University = new();
    private static readonly Article12SciencePark SciencePark = new();
    private static readonly Article12IncubatorOrMakerSpace Incubator = new();

    private static Facts StartUpEligible(decimal investment = 4_000_000m) => Facts(
        ("highQualityIncubator", true),
        (Article12IncubatorStartUpFunds.InvestmentKey, investment),
        (StartUp.DecidedAmountKey, 800_000m));

    private static Facts OperatingEligible(decimal investment = 1_500_000m) => Facts(
        ("highQualityIncubator", true),
        (Article12IncubatorOperatingSubsidy.InvestmentKey, investment),
        (Operating.DecidedAmountKey, 300_000m));

    private static Facts MatchingEligible(decimal cityAward = 500_000m) => Facts(
        ("highQualityIncubator", true),
        ("incubatorOperatingWellAfterEvaluation", true),
        (Article12IncubatorPerformanceMatching.CityAwardKey, cityAward));

    private static Facts CarrierEligible(string typeKey) => Facts(
        (typeKey, true),
        (Article12CarrierPerformanceAward.EvaluationKey, true));

    // Start-up construction funds

    [Fact]
    public void A_high_quality_incubator_gets_the_start_up_funds_the_committee_decided_from_its_investment()
    {
        var result = AssertEligible(StartUp, StartUpEligible(), AmountKind.Fixed, 800_000.00m);
        Assert.Equal("第 12 条", result.Citation.Article);
    }

    [Theory]
    [InlineData("highQualityIncubator", "changning-12-high-quality-incubator")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_start_up_condition_makes_the_incubator_not_eligible(string key, string code) =>
        AssertFailsOn(StartUp, StartUpEligible().With(key, false), code);

    [Fact]
    public void Start_up_funds_need_an_investment_above_zero() =>
        AssertFailsOn(StartUp, StartUpEligible(0m), "changning-12-construction-investment");

    [Fact]
    public void Start_up_funds_wait_for_the_investment_and_the_committee_decided_amount()
    {
        AssertNeedsInput(StartUp, Facts(("highQualityIncubator", true), (StartUp.DecidedAmountKey, 800_000m)));
        AssertNeedsInput(StartUp, Facts(("highQualityIncubator", true), (Article12IncubatorStartUpFunds.InvestmentKey, 4_000_000m)));
    }

    // Yearly operating subsidy

    [Fact]
    public void A_high_quality_incubator_gets_the_operating_subsidy_the_committee_decided() =>
        AssertEligible(Operating, OperatingEligible(), AmountKind.Fixed, 300_000.00m);

    [Theory]
    [InlineData("highQualityIncubator", "changning-12-high-quality-incubator")]
    [InlineData("inChangning", "changning-13-applicability")]
    public void Each_unmet_operating_condition_makes_the_incubator_not_eligible(string key, string code) =>
        AssertFailsOn(Operating, OperatingEligible().With(key, false), code);

    [Fact]
    public void The_operating_subsidy_needs_an_operating_investment_above_zero() =>
        AssertFailsOn(Operating, OperatingEligible(0m), "changning-12-operating-investment");

    [Fact]
    public void The_operating_subsidy_waits_for_the_committee_decided_amount() =>
        AssertNeedsInput(Operating, Facts(("highQualityIncubator", true), (Article12IncubatorOperatingSubsidy.InvestmentKey, 1_500_000m)));

    // Performance award matching

    [Fact]
    public void A_well_run_incubator_gets_matching_up_to_its_city_award() =>
        AssertEligible(Matching, MatchingEligible(), AmountKind.Ceiling, 500_000.00m);

    [Theory]
    [InlineData("highQualityIncubator", "changning-12-high-quality-incubator")]
    [InlineData("incubatorOperatingWellAfterEvaluation", "changning-12-operating-well")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_matching_condition_makes_the_incubator_not_eligible(string key, string code) =>
        AssertFailsOn(Matching, MatchingEligible().With(key, false), code);

    [Theory]
    [InlineData("0.01", true)]
    [InlineData("0", false)]
    public void Matching_needs_a_city_award_above_zero(string cityAward, bool eligible)
    {
        if (eligible)
        {
            AssertEligible(Matching, MatchingEligible(Yuan(cityAward)), AmountKind.Ceiling, Yuan(cityAward));
        }
        else
        {
            AssertFailsOn(Matching, MatchingEligible(Yuan(cityAward)), "changning-12-city-award-positive");
        }
    }

    [Fact]
    public void Matching_waits_for_the_city_award_amount() =>
        AssertNeedsInput(Matching, Facts(("highQualityIncubator", true), ("incubatorOperatingWellAfterEvaluation", true)));

    // Carrier performance awards

    [Fact]
    public void A_university_science_park_that_passed_the_district_evaluation_gets_up_to_3000000_yuan() =>
        AssertEligible(University, CarrierEligible("isUniversitySciencePark"), AmountKind.Ceiling, 3_000_000.00m);

    [Fact]
    public void A_science_park_that_passed_the_district_evaluation_gets_up_to_2000000_yuan() =>
        AssertEligible(SciencePark, CarrierEligible("isSciencePark"), AmountKind.Ceiling, 2_000_000.00m);

    [Fact]
    public void An_incubator_or_maker_space_that_passed_the_district_evaluation_gets_up_to_1000000_yuan() =>
        AssertEligible(Incubator, CarrierEligible("isIncubatorOrMakerSpace"), AmountKind.Ceiling, 1_000_000.00m);

    public static TheoryData<string, string, string> CarrierFailures => new()
    {
        { "changning-2024/12-university-science-park", "isUniversitySciencePark", "changning-12-university-science-park" },
        { "changning-2024/12-science-park", "isSciencePark", "changning-12-science-park" },
        { "changning-2024/12-incubator-or-maker-space", "isIncubatorOrMakerSpace", "changning-12-incubator-or-maker-space" },
    };

    public static TheoryData<string, string> Carriers => new()
    {
        { "changning-2024/12-university-science-park", "isUniversitySciencePark" },
        { "changning-2024/12-science-park", "isSciencePark" },
        { "changning-2024/12-incubator-or-maker-space", "isIncubatorOrMakerSpace" },
    };

    private static Clause Carrier(string id) => ChangningClauses.All.Single(c => c.Id == id);

    [Theory]
    [MemberData(nameof(CarrierFailures))]
    public void A_carrier_of_another_type_is_not_eligible(string id, string typeKey, string code) =>
        AssertFailsOn(Carrier(id), CarrierEligible(typeKey).With(typeKey, false), code);

    [Theory]
    [MemberData(nameof(Carriers))]
    public void A_carrier_that_did_not_pass_the_district_evaluation_is_not_eligible(string id, string typeKey)
    {
        AssertFailsOn(Carrier(id), CarrierEligible(typeKey).With(Article12CarrierPerformanceAward.EvaluationKey, false), "changning-12-district-evaluation-passed");
    }

    [Theory]
    [MemberData(nameof(Carriers))]
    public void A_carrier_with_a_poor_credit_record_fails_article_13(string id, string typeKey)
    {
        AssertFailsOn(Carrier(id), CarrierEligible(typeKey).With("goodCredit", false), "changning-13-applicability");
    }

    [Theory]
    [MemberData(nameof(Carriers))]
    public void A_carrier_with_no_facts_is_asked_for_input(string id, string typeKey)
    {
        AssertNeedsInput(Carrier(id), Facts((typeKey, true)));
    }

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void Every_article_12_clause_applies_only_while_the_policy_is_in_force(string day, bool inForce)
    {
        AssertPeriod(StartUp, StartUpEligible(), day, inForce);
        AssertPeriod(Operating, OperatingEligible(), day, inForce);
        AssertPeriod(Matching, MatchingEligible(), day, inForce);
        AssertPeriod(University, CarrierEligible("isUniversitySciencePark"), day, inForce);
        AssertPeriod(SciencePark, CarrierEligible("isSciencePark"), day, inForce);
        AssertPeriod(Incubator, CarrierEligible("isIncubatorOrMakerSpace"), day, inForce);
    }

    [Theory]
    [InlineData("1000000", false)]
    [InlineData("999999.99", true)]
    public void Highest_only_a_matching_award_at_or_above_the_incubator_ceiling_excludes_the_district_award(string matchingAward, bool eligible)
    {
        var prior = new PriorAward(Matching.Id, ChangningPolicy.CarrierPerformanceGroup, Yuan(matchingAward), new DateOnly(2025, 3, 1));
        var result = Evaluate(Incubator, CarrierEligible("isIncubatorOrMakerSpace"), null, prior);
        Assert.Equal(eligible ? EvaluationOutcome.Eligible : EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Contains(prior, result.PriorAwardsConsidered);
    }
}
