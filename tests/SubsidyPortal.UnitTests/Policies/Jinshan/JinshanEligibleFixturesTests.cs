using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>
/// For every clause, one set of facts that is eligible (taken from the clause's own test class), and the checks
/// that follow from it: every fact it uses is a declared input, turning any yes/no fact to "no" refuses with a
/// named condition, removing any fact asks for it, and the period's first day applies while the day before does not.
/// </summary>
public sealed class JinshanEligibleFixturesTests
{
    private static Dictionary<string, object> Fixture(string id) => id switch
    {
        "jinshan-2025/1-1-rental-premises" => Chapter1Topic1RentalPremisesTests.Eligible(),
        "jinshan-2025/1-2-purchased-premises" => Chapter1Topic2PurchasedPremisesTests.Eligible(),
        "jinshan-2025/2-1-major-innovative-drug" => Chapter2Topic1MajorInnovativeDrugTests.Eligible(),
        "jinshan-2025/2-2-generic-consistency" => Chapter2Topic2GenericConsistencyTests.Eligible(),
        "jinshan-2025/2-3-drug-registration" => Chapter2Topic3DrugRegistrationTests.Eligible(),
        "jinshan-2025/2-4-class1-phase1" => Chapter2Topic4ClinicalTrialsTests.Eligible("class1PhaseOne", 1_000_000m),
        "jinshan-2025/2-4-class1-phase2-3" => Chapter2Topic4ClinicalTrialsTests.Eligible("class1PhaseTwoOrThree", 1_000_000m),
        "jinshan-2025/2-4-class2-3-phase2" => Chapter2Topic4ClinicalTrialsTests.Eligible("class2To3PhaseTwo", 1_000_000m),
        "jinshan-2025/2-4-class2-3-phase3" => Chapter2Topic4ClinicalTrialsTests.Eligible("class2To3PhaseThree", 1_000_000m),
        "jinshan-2025/2-4-bioequivalence" => Chapter2Topic4ClinicalTrialsTests.Eligible("bioequivalenceCompleted", 1_000_000m),
        "jinshan-2025/2-5-class3-device" => Chapter2Topic5MedicalDeviceRegistrationTests.Eligible("newClassThreeDeviceRegistration", 1_000_000m),
        "jinshan-2025/2-5-class2-device" => Chapter2Topic5MedicalDeviceRegistrationTests.Eligible("newClassTwoDeviceRegistration", 1_000_000m),
        "jinshan-2025/2-6-service-platform" => Chapter2Topic6TechnicalServicePlatformTests.Eligible("importantServicePlatform", 1_000_000m),
        "jinshan-2025/2-6-co-funded-platform" => Chapter2Topic6TechnicalServicePlatformTests.Eligible("coFundedMajorPlatform", 1_000_000m),
        "jinshan-2025/3-1-revenue-50m" => Chapter3Topic1RevenueMilestonesTests.Eligible(60_000_000m),
        "jinshan-2025/3-1-revenue-100m" => Chapter3Topic1RevenueMilestonesTests.Eligible(200_000_000m),
        "jinshan-2025/3-1-revenue-500m" => Chapter3Topic1RevenueMilestonesTests.Eligible(600_000_000m),
        "jinshan-2025/3-1-revenue-1b" => Chapter3Topic1RevenueMilestonesTests.Eligible(1_200_000_000m),
        "jinshan-2025/4-1-volume-based-procurement" => Chapter4Topic1VolumeBasedProcurementTests.Eligible(),
        "jinshan-2025/4-2-international-market" => Chapter4Topic2InternationalMarketTests.Eligible(),
        "jinshan-2025/5-1-tech-sme-innovation-fund" => Chapter5Topic1TechSmeInnovationFundTests.Eligible(),
        "jinshan-2025/5-2-high-tech-first" => Chapter5Topic2HighTechEnterpriseTests.First(),
        "jinshan-2025/5-2-high-tech-renewal" => Chapter5Topic2HighTechEnterpriseTests.Renewal(),
        "jinshan-2025/5-3-city-little-giant" => Chapter5Topic3CityLittleGiantTests.Eligible(),
        "jinshan-2025/5-4-district-little-giant" => Chapter5Topic4DistrictLittleGiantTests.Eligible(),
        "jinshan-2025/5-5-science-award-matching" => Chapter5Topic5ScienceAwardMatchingTests.Eligible(),
        "jinshan-2025/5-6-achievement-award" => Chapter5Topic6DistrictInnovationAwardTests.Achievement(),
        "jinshan-2025/5-6-talent-award" => Chapter5Topic6DistrictInnovationAwardTests.Talent(),
        "jinshan-2025/5-7-zhangjiang-fund-matching" => Chapter5Topic7ZhangjiangFundMatchingTests.Eligible(),
        "jinshan-2025/6-1-district-engineering-centre" => Chapter6Topic1EngineeringResearchCentreTests.Eligible(),
        "jinshan-2025/6-1-engineering-centre-review-excellent" => new() { ["registeredInJinshan"] = true, ["reviewedExcellent"] = true, ["noSeriousDishonestyInThreeYears"] = true },
        "jinshan-2025/6-1-city-engineering-centre" => new() { ["registeredInJinshan"] = true, ["citySeries"] = true, ["noSeriousDishonestyInThreeYears"] = true },
        "jinshan-2025/6-1-national-engineering-centre" => new() { ["registeredInJinshan"] = true, ["nationalSeries"] = true, ["noSeriousDishonestyInThreeYears"] = true },
        "jinshan-2025/6-2-key-laboratory" => Matching(id, "certifiedKeyLaboratory"),
        "jinshan-2025/6-3-new-research-institution" => Matching(id, "cityRegisteredNewResearchInstitution"),
        "jinshan-2025/6-4-innovation-voucher" => Matching(id, "cityInnovationVoucherSubsidy"),
        "jinshan-2025/6-5-research-service-platform" => Matching(id, "cityResearchPlatformMemberSharing"),
        "jinshan-2025/7-1-tech-finance-station" => Chapter7Topic1TechFinanceServiceStationTests.Eligible(),
        "jinshan-2025/7-2-performance-loan-insurance" => Chapter7Topic2PerformanceLoanInsuranceTests.Eligible(),
        "jinshan-2025/7-3-district-incubator" => Chapter7Topic3DistrictIncubatorTests.Eligible(),
        "jinshan-2025/7-4-carrier-matching" => Chapter7Topic4IncubationCarrierTests.Carrier(),
        "jinshan-2025/7-4-excellent-national-incubator" => Chapter7Topic4IncubationCarrierTests.Incubator("newExcellentNationalIncubator"),
        "jinshan-2025/7-4-high-energy-national-incubator" => Chapter7Topic4IncubationCarrierTests.Incubator("newHighEnergyNationalIncubator"),
        "jinshan-2025/8-1-industry-academia-transfer" => Chapter8Topic1IndustryAcademiaTransferTests.Eligible(),
        "jinshan-2025/8-2-technology-contracts" => Chapter8Topic2TechnologyContractsTests.Eligible(),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no eligible fixture for this clause"),
    };

    /// <summary>Only the facts a matching clause declares (the shared helper also sets 7-4's tax and legal-person facts).</summary>
    private static Dictionary<string, object> Matching(string id, string statusKey)
    {
        var f = CityMatchingChecks.Eligible((JinshanClause)Find(id), statusKey, 100_000m);
        f.Remove("taxPaidInJinshan");
        f.Remove("independentLegalPerson");
        return f;
    }

    public static TheoryData<string> ClauseIds() => JinshanClausesTests.ClauseIds();

    private static Clause Find(string id) => JinshanClauses.All.Single(c => c.Id == id);

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void The_fixture_is_eligible_from_the_first_day_and_not_the_day_before(string id) =>
        AssertPeriodEdges(Find(id), new Facts(Fixture(id)));

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void Every_fact_the_clause_reads_is_a_declared_input(string id)
    {
        var declared = Find(id).Inputs.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(Fixture(id).Keys.Where(k => k != ClauseEvaluator.MatterKey), k => Assert.Contains(k, declared));
    }

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void Turning_any_yes_no_fact_to_no_refuses_with_a_named_condition(string id)
    {
        var clause = Find(id);
        var fixture = Fixture(id);
        foreach (var key in fixture.Where(kv => kv.Value is true).Select(kv => kv.Key))
        {
            var result = Evaluate(clause, With(fixture, (key, false)));
            Assert.True(result.Outcome == EvaluationOutcome.NotEligible, $"{id}: {key} = false should refuse");
            Assert.Contains(result.Conditions, c => c.Status == ConditionStatus.NotMet && c.Code.StartsWith("jinshan-", StringComparison.Ordinal));
            Assert.Null(result.Amount);
        }
    }

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void Removing_any_fact_asks_for_it_instead_of_answering(string id)
    {
        var clause = Find(id);
        var fixture = Fixture(id);
        foreach (var key in fixture.Keys.Where(k => k != ClauseEvaluator.MatterKey))
        {
            var result = Evaluate(clause, Without(fixture, key));
            Assert.True(result.Outcome == EvaluationOutcome.NeedsInput, $"{id}: without {key} the outcome was {result.Outcome}");
            Assert.Null(result.Amount);
        }
    }

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void A_zero_in_any_figure_never_yields_an_eligible_zero_amount(string id)
    {
        var clause = Find(id);
        var fixture = Fixture(id);
        foreach (var key in fixture.Where(kv => kv.Value is decimal or long).Select(kv => kv.Key))
        {
            object zero = fixture[key] is long ? 0L : 0m;
            var result = Evaluate(clause, With(fixture, (key, zero)));
            if (result.Outcome == EvaluationOutcome.Eligible)
            {
                Assert.True(result.Amount!.Value > 0, $"{id}: {key} = 0 gave an eligible zero");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void Every_eligible_result_carries_an_amount_above_zero_with_its_citation(string id)
    {
        var result = Evaluate(Find(id), new Facts(Fixture(id)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.True(result.Amount!.Value > 0);
        Assert.Equal(Find(id).Article, result.Citation.Article);
        Assert.NotEmpty(result.ParametersUsed);
    }
}
