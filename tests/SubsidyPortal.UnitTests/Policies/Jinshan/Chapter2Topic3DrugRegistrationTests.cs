using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/2-3-drug-registration: 10 % of R&amp;D cost, ceiling 200 万, one variety per matter.</summary>
public sealed class Chapter2Topic3DrugRegistrationTests
{
    private static readonly Chapter2Topic3DrugRegistration Clause = new();

    internal static Dictionary<string, object> Eligible(decimal cost = 8_000_000m)
    {
        var f = SharedWithoutTax();
        f["firstRegistrationInJinshanProducedAndSold"] = true;
        f["drugProductRdCost"] = cost;
        f[ClauseEvaluator.MatterKey] = "国药准字H0001";
        return f;
    }

    [Fact]
    public void An_rd_cost_of_eight_million_gives_a_ceiling_of_800000_yuan()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(800_000.00m, result.Amount!.Ceiling);
    }

    [Theory]
    [InlineData(19_999_999.90, 1_999_999.99)]
    [InlineData(20_000_000.00, 2_000_000.00)]
    [InlineData(30_000_000.00, 2_000_000.00)]
    public void The_ceiling_is_two_million_yuan(double cost, double expected) =>
        Assert.Equal((decimal)expected, Evaluate(Clause, new Facts(Eligible((decimal)cost))).Amount!.Ceiling);

    [Fact]
    public void Another_strength_of_the_same_drug_is_the_same_variety_and_is_supported_once()
    {
        var prior = new PriorAward(Clause.Id, null, 800_000m, new DateOnly(2025, 8, 1), "国药准字H0001");
        var result = Evaluate(Clause, new Facts(Eligible()), null, prior);
        Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Contains(result.Conditions, c => c.Code == "same-matter-once" && c.Status == ConditionStatus.NotMet);
    }

    [Fact]
    public void A_registration_not_first_obtained_in_Jinshan_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("firstRegistrationInJinshanProducedAndSold", false))), "jinshan-2-3-first-registration");

    [Fact]
    public void A_missing_rd_cost_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "drugProductRdCost")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
