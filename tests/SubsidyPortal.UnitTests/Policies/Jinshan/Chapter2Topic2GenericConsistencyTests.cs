using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/2-2-generic-consistency: ceiling 100 万 per variety; strengths of one drug are one variety.</summary>
public sealed class Chapter2Topic2GenericConsistencyTests
{
    private static readonly Chapter2Topic2GenericConsistency Clause = new();

    internal static Dictionary<string, object> Eligible(long varieties = 1)
    {
        var f = SharedWithoutTax();
        f["consistencyEvaluationPassed"] = true;
        f["consistencyVarietyCount"] = varieties;
        return f;
    }

    [Fact]
    public void One_variety_has_a_ceiling_of_one_million_yuan()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(AmountKind.Ceiling, result.Amount!.Kind);
        Assert.Equal(1_000_000.00m, result.Amount.Ceiling);
    }

    [Fact]
    public void Two_strengths_of_one_drug_counted_as_one_variety_still_cap_at_one_million_while_two_drugs_reach_two_million()
    {
        Assert.Equal(1_000_000.00m, Evaluate(Clause, new Facts(Eligible(1))).Amount!.Ceiling);
        Assert.Equal(2_000_000.00m, Evaluate(Clause, new Facts(Eligible(2))).Amount!.Ceiling);
    }

    [Fact]
    public void Zero_varieties_is_not_eligible() =>
        AssertFails(Evaluate(Clause, new Facts(Eligible(0))), "jinshan-2-2-variety");

    [Fact]
    public void Without_a_passed_evaluation_it_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("consistencyEvaluationPassed", false))), "jinshan-2-2-passed");

    [Fact]
    public void A_missing_variety_count_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "consistencyVarietyCount")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
