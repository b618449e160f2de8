using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/1-2-purchased-premises: 30 % of the cost, at most 200 万.</summary>
public sealed class Chapter1Topic2PurchasedPremisesTests
{
    private static readonly Chapter1Topic2PurchasedPremises Clause = new();

    internal static Dictionary<string, object> Eligible(decimal cost = 5_000_000m)
    {
        var f = Shared();
        f["premisesKind"] = Chapter1Topic2PurchasedPremises.ParkPlant;
        f["premisesLocation"] = JinshanPolicy.CarbonValley;
        f["premisesCompletedOrBoughtOn"] = new DateOnly(2025, 4, 30);
        f["firstPurchase"] = true;
        f["purchaseCost"] = cost;
        return f;
    }

    [Fact]
    public void A_cost_of_five_million_yields_1500000_yuan()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(1_500_000.00m, result.Amount!.FixedAmount);
    }

    [Theory]
    [InlineData(6_666_666.00, 1_999_999.80)]
    [InlineData(6_666_667.00, 2_000_000.00)]
    [InlineData(20_000_000.00, 2_000_000.00)]
    public void The_subsidy_is_capped_at_two_million_yuan(double cost, double expected) =>
        Assert.Equal((decimal)expected, Evaluate(Clause, new Facts(Eligible((decimal)cost))).Amount!.FixedAmount);

    [Fact]
    public void A_second_purchase_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("firstPurchase", false))), "jinshan-1-2-first");

    [Fact]
    public void A_plant_outside_the_four_areas_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("premisesLocation", JinshanPolicy.ElsewhereInJinshan))), "jinshan-1-2-location");

    [Theory]
    [InlineData(Chapter1Topic2PurchasedPremises.NewLandProject, "2025-04-30", EvaluationOutcome.Eligible)]
    [InlineData(Chapter1Topic2PurchasedPremises.ParkPlant, "2025-04-30", EvaluationOutcome.Eligible)]
    [InlineData(Chapter1Topic2PurchasedPremises.ParkPlant, "2025-04-29", EvaluationOutcome.NotEligible)]
    [InlineData(Chapter1Topic2PurchasedPremises.OtherPremises, "2025-06-01", EvaluationOutcome.NotEligible)]
    public void A_new_land_project_or_park_plant_completed_or_bought_from_the_policy_start_qualifies(string kind, string on, EvaluationOutcome expected) =>
        Assert.Equal(expected, Evaluate(Clause, With(Eligible(), ("premisesKind", kind), ("premisesCompletedOrBoughtOn", DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture))), new DateOnly(2025, 9, 1)).Outcome);

    [Fact]
    public void A_missing_cost_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "purchaseCost")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
