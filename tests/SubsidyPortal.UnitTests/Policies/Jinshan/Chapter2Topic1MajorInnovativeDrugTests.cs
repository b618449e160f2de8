using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/2-1-major-innovative-drug: 100 % of the grant, ceiling 1000 万.</summary>
public sealed class Chapter2Topic1MajorInnovativeDrugTests
{
    private static readonly Chapter2Topic1MajorInnovativeDrug Clause = new();

    internal static Dictionary<string, object> Eligible(decimal grant = 6_000_000m)
    {
        var f = SharedWithoutTax();
        f["newDrugCertificateAndApproval"] = true;
        f["majorSpecialProjectDrug"] = true;
        f["marketingAuthorisationInJinshan"] = true;
        f[Clause.CityGrantKey] = grant;
        return f;
    }

    [Fact]
    public void A_city_grant_of_six_million_is_matched_up_to_a_ceiling_of_six_million()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(AmountKind.Ceiling, result.Amount!.Kind);
        Assert.Equal(6_000_000.00m, result.Amount.Ceiling);
    }

    [Theory]
    [InlineData(9_999_999.99, 9_999_999.99)]
    [InlineData(10_000_000.00, 10_000_000.00)]
    [InlineData(10_000_000.01, 10_000_000.00)]
    public void The_matching_never_exceeds_ten_million_yuan(double grant, double expected) =>
        Assert.Equal((decimal)expected, Evaluate(Clause, new Facts(Eligible((decimal)grant))).Amount!.Ceiling);

    [Fact]
    public void A_drug_outside_a_major_project_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("majorSpecialProjectDrug", false))), "jinshan-2-1-major-project");

    [Fact]
    public void A_drug_not_made_and_sold_in_Jinshan_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("marketingAuthorisationInJinshan", false))), "jinshan-2-1-made-here");

    [Fact]
    public void A_zero_grant_is_refused_rather_than_matched_with_zero() =>
        AssertFails(Evaluate(Clause, new Facts(Eligible(0m))), "jinshan-2-1-grant");

    [Fact]
    public void Sales_not_settled_in_Jinshan_are_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("settlementInJinshan", false))), "jinshan-settlement");

    [Fact]
    public void A_missing_grant_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), Clause.CityGrantKey)).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
