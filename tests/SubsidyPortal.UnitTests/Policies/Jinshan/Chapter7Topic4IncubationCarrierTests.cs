using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/7-4-*: 100 % carrier matching; 200 万 / 100 万 for national 卓越级 / 高能级 incubators.</summary>
public sealed class Chapter7Topic4IncubationCarrierTests
{
    internal static Dictionary<string, object> Carrier(decimal city = 400_000m) => CityMatchingChecks.Eligible(new Chapter7Topic4CarrierMatching(), "cityCultivatedCarrier", city);

    internal static Dictionary<string, object> Incubator(string key) => new()
    {
        ["registeredInJinshan"] = true,
        ["taxPaidInJinshan"] = true,
        ["independentLegalPerson"] = true,
        [key] = true,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Fact]
    public void A_carrier_in_the_city_system_gets_its_city_support_matched_in_full()
    {
        var result = Evaluate(new Chapter7Topic4CarrierMatching(), new Facts(Carrier()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(400_000.00m, result.Amount!.FixedAmount);
    }

    [Fact]
    public void A_carrier_not_paying_tax_in_Jinshan_is_not_eligible() =>
        AssertFails(Evaluate(new Chapter7Topic4CarrierMatching(), With(Carrier(), ("taxPaidInJinshan", false))), "jinshan-tax");

    [Fact]
    public void Excellent_and_high_energy_national_incubators_earn_two_million_and_one_million()
    {
        Assert.Equal(2_000_000.00m, Evaluate(new Chapter7Topic4ExcellentNationalIncubator(), new Facts(Incubator("newExcellentNationalIncubator"))).Amount!.FixedAmount);
        Assert.Equal(1_000_000.00m, Evaluate(new Chapter7Topic4HighEnergyNationalIncubator(), new Facts(Incubator("newHighEnergyNationalIncubator"))).Amount!.FixedAmount);
    }

    [Fact]
    public void An_incubator_not_newly_recognised_at_that_level_is_not_eligible() =>
        AssertFails(Evaluate(new Chapter7Topic4ExcellentNationalIncubator(), With(Incubator("newExcellentNationalIncubator"), ("newExcellentNationalIncubator", false))), "jinshan-7-4-newExcellentNationalIncubator");

    [Fact]
    public void Carrier_status_grant_missing_input_and_period_are_checked() =>
        CityMatchingChecks.AssertCommonRules(new Chapter7Topic4CarrierMatching(), "cityCultivatedCarrier", "jinshan-7-4");

    [Fact]
    public void The_incubator_awards_apply_from_the_notice_date_2025_04_30() =>
        AssertPeriodEdges(new Chapter7Topic4HighEnergyNationalIncubator(), new Facts(Incubator("newHighEnergyNationalIncubator")));
}
