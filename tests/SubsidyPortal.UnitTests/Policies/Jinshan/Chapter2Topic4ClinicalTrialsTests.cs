using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/2-4-*: 10 % of R&amp;D input, ceilings 100 / 200 / 50 / 100 / 50 万 by class and phase.</summary>
public sealed class Chapter2Topic4ClinicalTrialsTests
{
    internal static Dictionary<string, object> Eligible(string caseKey, decimal input)
    {
        var f = SharedWithoutTax();
        f["drugConvertedInJinshan"] = true;
        (f["drugRegistrationClass"], f["clinicalTrialStage"]) = caseKey switch
        {
            "class1PhaseOne" => (Chapter2Topic4ClinicalTrial.Class1, Chapter2Topic4ClinicalTrial.PhaseOne),
            "class1PhaseTwoOrThree" => (Chapter2Topic4ClinicalTrial.Class1, Chapter2Topic4ClinicalTrial.PhaseTwo),
            "class2To3PhaseTwo" => (Chapter2Topic4ClinicalTrial.Class2, Chapter2Topic4ClinicalTrial.PhaseTwo),
            "class2To3PhaseThree" => (Chapter2Topic4ClinicalTrial.Class3, Chapter2Topic4ClinicalTrial.PhaseThree),
            "bioequivalenceCompleted" => (Chapter2Topic4ClinicalTrial.Class4, Chapter2Topic4ClinicalTrial.EquivalenceCompleted),
            _ => throw new ArgumentOutOfRangeException(nameof(caseKey)),
        };
        f["clinicalTrialApprovedOn"] = new DateOnly(2025, 4, 30);
        f["projectRdInput"] = input;
        return f;
    }

    public static TheoryData<string, string, double, double> Cases() => new()
    {
        { "jinshan-2025/2-4-class1-phase1", "class1PhaseOne", 5_000_000, 500_000 },
        { "jinshan-2025/2-4-class1-phase1", "class1PhaseOne", 10_000_000, 1_000_000 },
        { "jinshan-2025/2-4-class1-phase1", "class1PhaseOne", 10_000_000.10, 1_000_000 },
        { "jinshan-2025/2-4-class1-phase2-3", "class1PhaseTwoOrThree", 19_999_999.90, 1_999_999.99 },
        { "jinshan-2025/2-4-class1-phase2-3", "class1PhaseTwoOrThree", 25_000_000, 2_000_000 },
        { "jinshan-2025/2-4-class2-3-phase2", "class2To3PhaseTwo", 4_999_999.90, 499_999.99 },
        { "jinshan-2025/2-4-class2-3-phase2", "class2To3PhaseTwo", 5_000_000.10, 500_000 },
        { "jinshan-2025/2-4-class2-3-phase3", "class2To3PhaseThree", 9_999_999.90, 999_999.99 },
        { "jinshan-2025/2-4-class2-3-phase3", "class2To3PhaseThree", 10_000_000.10, 1_000_000 },
        { "jinshan-2025/2-4-bioequivalence", "bioequivalenceCompleted", 3_000_000, 300_000 },
        { "jinshan-2025/2-4-bioequivalence", "bioequivalenceCompleted", 5_000_000.10, 500_000 },
    };

    private static Clause Find(string id) => JinshanClauses.All.Single(c => c.Id == id);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_class_and_phase_gives_ten_percent_of_the_rd_input_up_to_its_ceiling(string id, string caseKey, double input, double expected)
    {
        var result = Evaluate(Find(id), new Facts(Eligible(caseKey, (decimal)input)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(AmountKind.Ceiling, result.Amount!.Kind);
        Assert.Equal((decimal)expected, result.Amount.Ceiling);
    }

    [Fact]
    public void A_class_one_drug_in_phase_one_does_not_qualify_for_the_phase_two_or_three_ceiling() =>
        AssertFails(Evaluate(new Chapter2Topic4Class1PhaseTwoOrThree(), new Facts(Eligible("class1PhaseOne", 1_000_000m))), "jinshan-2-4-class1PhaseTwoOrThree");

    [Fact]
    public void A_drug_not_converted_in_Jinshan_is_not_eligible() =>
        AssertFails(Evaluate(new Chapter2Topic4Class1PhaseOne(), With(Eligible("class1PhaseOne", 1_000_000m), ("drugConvertedInJinshan", false))), "jinshan-2-4-converted-here");

    [Fact]
    public void A_missing_rd_input_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(new Chapter2Topic4BioequivalenceTrial(), Without(Eligible("bioequivalenceCompleted", 1m), "projectRdInput")).Outcome);

    [Fact]
    public void The_clauses_apply_from_the_notice_date_2025_04_30() =>
        AssertPeriodEdges(new Chapter2Topic4Class2To3PhaseThree(), new Facts(Eligible("class2To3PhaseThree", 1_000_000m)));
}
