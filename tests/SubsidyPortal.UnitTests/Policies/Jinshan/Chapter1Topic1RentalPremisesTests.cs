using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/1-1-rental-premises: 30 % of rent, at most 50 万 a year, for three years.</summary>
public sealed class Chapter1Topic1RentalPremisesTests
{
    private static readonly Chapter1Topic1RentalPremises Clause = new();

    internal static Dictionary<string, object> Eligible(decimal rent = 1_000_000m, long year = 1)
    {
        var f = Shared();
        f["jinshanLocation"] = JinshanPolicy.Tinglin;
        f["settledInJinshanOn"] = new DateOnly(2025, 4, 30);
        f["annualRent"] = rent;
        f["rentSubsidyYear"] = year;
        return f;
    }

    [Fact]
    public void A_rent_of_one_million_yields_300000_yuan_a_year_in_three_tranches()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(AmountKind.Fixed, result.Amount!.Kind);
        Assert.Equal(300_000.00m, result.Amount.FixedAmount);
        Assert.Equal(3, result.Amount.Tranches.Count);
        Assert.All(result.Amount.Tranches, t => Assert.Equal(300_000.00m, t.Value));
    }

    [Theory]
    [InlineData("1666666.66", "499999.998")]
    [InlineData("1666666.67", "500000")]
    [InlineData("3000000", "500000")]
    public void The_yearly_subsidy_is_capped_at_500000_yuan(string rent, string expectedBeforeRounding)
    {
        var result = Evaluate(Clause, new Facts(Eligible(decimal.Parse(rent, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(Math.Round(decimal.Parse(expectedBeforeRounding, System.Globalization.CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero), result.Amount!.FixedAmount);
    }

    [Theory]
    [InlineData(0, EvaluationOutcome.NotEligible)]
    [InlineData(1, EvaluationOutcome.Eligible)]
    [InlineData(3, EvaluationOutcome.Eligible)]
    [InlineData(4, EvaluationOutcome.NotEligible)]
    public void Only_the_first_three_years_are_subsidised(long year, EvaluationOutcome expected) =>
        Assert.Equal(expected, Evaluate(Clause, new Facts(Eligible(year: year))).Outcome);

    [Fact]
    public void Renting_outside_the_four_biomedical_areas_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("jinshanLocation", JinshanPolicy.ElsewhereInJinshan))), "jinshan-1-1-location");

    [Fact]
    public void Not_paying_tax_in_Jinshan_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("taxPaidInJinshan", false))), "jinshan-tax");

    [Fact]
    public void Serious_dishonesty_in_three_years_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("noSeriousDishonestyInThreeYears", false))), "jinshan-credit");

    [Fact]
    public void A_missing_rent_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "annualRent")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
