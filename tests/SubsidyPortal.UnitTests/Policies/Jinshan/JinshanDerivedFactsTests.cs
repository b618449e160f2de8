using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>
/// The Jinshan conditions that used to be yes/no questions restating the rule now come from plain facts: the town/park
/// (from the profile), the day the enterprise settled, the drug's class and the trial's stage, the approval's date.
/// </summary>
public sealed class JinshanDerivedFactsTests
{
    private static readonly DateOnly PolicyStart = new(2025, 4, 30);
    private static readonly DateOnly Day = new(2025, 9, 1);
    private static readonly Chapter1Topic1RentalPremises Rental = new();

    [Theory]
    [InlineData(JinshanPolicy.Tinglin, EvaluationOutcome.Eligible)]
    [InlineData(JinshanPolicy.Shanyang, EvaluationOutcome.Eligible)]
    [InlineData(JinshanPolicy.HighTechZone, EvaluationOutcome.Eligible)]
    [InlineData(JinshanPolicy.CarbonValley, EvaluationOutcome.Eligible)]
    [InlineData(JinshanPolicy.ElsewhereInJinshan, EvaluationOutcome.NotEligible)]
    [InlineData(JinshanPolicy.OutsideJinshan, EvaluationOutcome.NotEligible)]
    public void Rent_support_goes_to_the_four_biomedical_areas_only(string location, EvaluationOutcome expected) =>
        Assert.Equal(expected, Evaluate(Rental, With(Chapter1Topic1RentalPremisesTests.Eligible(), ("jinshanLocation", location))).Outcome);

    [Theory]
    [InlineData(2025, 4, 29, EvaluationOutcome.NotEligible)]
    [InlineData(2025, 4, 30, EvaluationOutcome.Eligible)]
    [InlineData(2025, 5, 1, EvaluationOutcome.Eligible)]
    public void Settling_in_Jinshan_counts_from_the_policy_start(int year, int month, int day, EvaluationOutcome expected)
    {
        var result = ClauseEvaluator.Evaluate(Rental, With(Chapter1Topic1RentalPremisesTests.Eligible(), ("settledInJinshanOn", new DateOnly(year, month, day))), Day, []);
        Assert.Equal(expected, result.Outcome);
        Assert.Equal(
            expected == EvaluationOutcome.Eligible ? ConditionStatus.Met : ConditionStatus.NotMet,
            Assert.Single(result.Conditions, c => c.Code == "jinshan-1-1-settled-in-period").Status);
    }

    [Theory]
    [InlineData("朱泾镇", JinshanPolicy.ElsewhereInJinshan, EvaluationOutcome.NotEligible)]
    [InlineData("亭林镇", JinshanPolicy.Tinglin, EvaluationOutcome.Eligible)]
    [InlineData("上海湾区高新技术产业开发区", JinshanPolicy.HighTechZone, EvaluationOutcome.Eligible)]
    [InlineData("碳谷绿湾产业园", JinshanPolicy.CarbonValley, EvaluationOutcome.Eligible)]
    public void The_profiles_town_settles_the_location_without_asking(string town, string location, EvaluationOutcome expected)
    {
        var enterprise = Enterprise.Register(
            "金山测试生物医药有限公司", UnifiedSocialCreditCode.Parse("91330100799655058B"), District.Jinshan, Guid.NewGuid(), "王经理", "021-57000000", DateTimeOffset.UtcNow.AddYears(-1));
        var profile = ProfileFacts.From(enterprise, Day, town);
        Assert.Equal(location, profile["jinshanLocation"]);

        // The rest of the clause's facts, with the location left to the profile.
        var facts = Without(Chapter1Topic1RentalPremisesTests.Eligible(), "jinshanLocation");
        facts = new Facts(new Dictionary<string, object>(facts.Values) { ["jinshanLocation"] = profile["jinshanLocation"] });
        Assert.Equal(expected, ClauseEvaluator.Evaluate(Rental, facts, Day, []).Outcome);
    }

    [Fact]
    public void An_enterprise_registered_outside_Jinshan_is_outside_and_a_Jinshan_one_without_a_town_is_asked()
    {
        var outside = Enterprise.Register("长宁测试公司", UnifiedSocialCreditCode.Parse("91330100799655058B"), District.Changning, null, "李", "021-1", DateTimeOffset.UtcNow);
        Assert.Equal(JinshanPolicy.OutsideJinshan, ProfileFacts.From(outside, Day, null)["jinshanLocation"]);

        var noTown = Enterprise.Register("金山测试公司", UnifiedSocialCreditCode.Parse("91330100799655058B"), District.Jinshan, null, "李", "021-1", DateTimeOffset.UtcNow);
        Assert.False(ProfileFacts.From(noTown, Day, null).ContainsKey("jinshanLocation"));
    }

    /// <summary>Every class and stage: which 支持标准 sub-case, if any, takes it.</summary>
    public static TheoryData<string, string, string?> TrialCases()
    {
        const string c = Chapter2Topic4ClinicalTrial.Class1, c2 = Chapter2Topic4ClinicalTrial.Class2, c3 = Chapter2Topic4ClinicalTrial.Class3, c4 = Chapter2Topic4ClinicalTrial.Class4;
        const string p1 = Chapter2Topic4ClinicalTrial.PhaseOne, p2 = Chapter2Topic4ClinicalTrial.PhaseTwo, p3 = Chapter2Topic4ClinicalTrial.PhaseThree, be = Chapter2Topic4ClinicalTrial.EquivalenceCompleted;
        return new()
        {
            { c, p1, "jinshan-2025/2-4-class1-phase1" },
            { c, p2, "jinshan-2025/2-4-class1-phase2-3" },
            { c, p3, "jinshan-2025/2-4-class1-phase2-3" },
            { c, be, null },
            { c2, p1, null },
            { c2, p2, "jinshan-2025/2-4-class2-3-phase2" },
            { c2, p3, "jinshan-2025/2-4-class2-3-phase3" },
            { c2, be, "jinshan-2025/2-4-bioequivalence" },
            { c3, p1, null },
            { c3, p2, "jinshan-2025/2-4-class2-3-phase2" },
            { c3, p3, "jinshan-2025/2-4-class2-3-phase3" },
            { c3, be, "jinshan-2025/2-4-bioequivalence" },
            { c4, p1, null },
            { c4, p2, null },
            { c4, p3, null },
            { c4, be, "jinshan-2025/2-4-bioequivalence" },
        };
    }

    [Theory]
    [MemberData(nameof(TrialCases))]
    public void The_trial_sub_case_follows_from_the_drug_class_and_the_trial_stage(string drugClass, string stage, string? expected)
    {
        var facts = Chapter2Topic4ClinicalTrialsTests.Eligible("class1PhaseOne", 2_000_000m);
        facts["drugRegistrationClass"] = drugClass;
        facts["clinicalTrialStage"] = stage;
        var eligible = JinshanClauses.All.OfType<Chapter2Topic4ClinicalTrial>()
            .Where(clause => ClauseEvaluator.Evaluate(clause, new Facts(facts), Day, []).Outcome == EvaluationOutcome.Eligible)
            .Select(clause => clause.Id).ToList();
        Assert.Equal(expected is null ? [] : [expected], eligible);
    }

    [Theory]
    [InlineData(2025, 4, 29, EvaluationOutcome.NotEligible)]
    [InlineData(2025, 4, 30, EvaluationOutcome.Eligible)]
    public void A_trial_approval_counts_from_the_policy_start(int year, int month, int day, EvaluationOutcome expected) =>
        Assert.Equal(expected, ClauseEvaluator.Evaluate(
            new Chapter2Topic4Class1PhaseOne(),
            With(Chapter2Topic4ClinicalTrialsTests.Eligible("class1PhaseOne", 2_000_000m), ("clinicalTrialApprovedOn", new DateOnly(year, month, day))),
            Day,
            []).Outcome);

    [Fact]
    public void Every_biomedical_area_the_text_names_is_a_town_or_park_of_Jinshan_in_the_reference_data()
    {
        var jinshan = SubsidyPortal.Infrastructure.Seeding.ReferenceData.TownsOrParks.Where(t => t.District == District.Jinshan).Select(t => t.Name).ToHashSet();
        Assert.All(JinshanPolicy.BiomedAreaTowns.Keys, name => Assert.Contains(name, jinshan));
        Assert.Equal(4, JinshanPolicy.BiomedAreaTowns.Values.Distinct().Count());
    }

    [Fact]
    public void No_clause_asks_the_old_restating_questions_any_more()
    {
        var asked = JinshanClauses.All.SelectMany(c => c.Inputs).Select(i => i.Key).ToHashSet();
        Assert.DoesNotContain("settledAndRentingInBiomedParks", asked);
        Assert.All(new[] { "class1PhaseOne", "class1PhaseTwoOrThree", "class2To3PhaseTwo", "class2To3PhaseThree", "bioequivalenceCompleted" }, k => Assert.DoesNotContain(k, asked));
        Assert.Equal(PolicyStart, Rental.Period.Start);
    }
}
