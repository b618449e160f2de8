using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Rules;

/// <summary>An amount says whether it is the whole award, one year's figure, or the total of its tranches.</summary>
public sealed class AmountBasisTests
{
    [Fact]
    public void Jinshan_rent_support_is_one_years_figure_paid_for_three_years()
    {
        var amount = new Chapter1Topic1RentalPremises().Amount(new Facts(new Dictionary<string, object> { ["annualRent"] = 1_000_000m }))!;
        Assert.Equal((AmountBasis.PerYear, 300_000.00m, 900_000.00m), (amount.Basis, amount.Value, amount.TotalOfTranches));
    }

    [Fact]
    public void A_dalinghaowan_three_year_award_is_the_total_of_its_years()
    {
        var threeYears = PolicyCatalog.Clauses.OfType<SubsidyPortal.Domain.Policies.Dalinghaowan.DalinghaowanThreeYearClause>().First();
        var amount = threeYears.Amount(Facts.Empty)!;
        Assert.Equal(AmountBasis.Total, amount.Basis);
        Assert.Equal(amount.Value, amount.TotalOfTranches);
        Assert.Equal(3, amount.Tranches.Count);
    }

    [Fact]
    public void The_district_incubator_ceiling_is_the_total_of_its_two_stages() =>
        Assert.Equal(AmountBasis.Total, new Chapter7Topic3DistrictIncubator().Amount(Facts.Empty)!.Basis);

    [Fact]
    public void Every_amount_with_tranches_says_its_basis_and_one_without_is_the_whole_award()
    {
        foreach (var clause in PolicyCatalog.Clauses)
        {
            var facts = new Facts(clause.Inputs.ToDictionary(i => i.Key, i => i.Type switch
            {
                InputType.Money => (object)1_000_000m,
                InputType.Boolean => true,
                InputType.Date => clause.Period.Start,
                InputType.Choice => i.Options[0].Code,
                _ => 1L,
            }));
            if (clause.Amount(facts) is not { } amount)
            {
                continue;
            }

            if (amount.Tranches.Count == 0)
            {
                Assert.Equal(AmountBasis.PerAward, amount.Basis);
            }
            else
            {
                Assert.True(amount.Basis != AmountBasis.PerAward, $"{clause.Id} has tranches but no basis");
                if (amount.Basis == AmountBasis.Total)
                {
                    Assert.Equal(amount.Value, amount.TotalOfTranches);
                }
                else
                {
                    Assert.All(amount.Tranches, t => Assert.Equal(amount.Value, t.Value));
                }
            }
        }
    }
}
