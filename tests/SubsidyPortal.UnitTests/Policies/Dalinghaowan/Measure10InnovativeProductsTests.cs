using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Measure10InnovativeProducts.cs: dalinghaowan-2024/10-innovative-product-first-batch, dalinghaowan-2024/10-future-industry-scenario, dalinghaowan-2024/10-computing-power.</summary>
public sealed class Measure10InnovativeProductsTests
{
    private static readonly string[] Ids = ["dalinghaowan-2024/10-innovative-product-first-batch", "dalinghaowan-2024/10-future-industry-scenario", "dalinghaowan-2024/10-computing-power"];

    public static TheoryData<string, string, EvaluationOutcome> PeriodCases => DalinghaowanCases.Period("dalinghaowan-2024/10-innovative-product-first-batch", "dalinghaowan-2024/10-future-industry-scenario", "dalinghaowan-2024/10-computing-power");

    [Theory]
    [InlineData("5000000.00", "1500000.00")]
    [InlineData("9999999.00", "2999999.70")]
    [InlineData("10000000.00", "3000000.00")]
    [InlineData("10000001.00", "3000000.00")]
    public void Innovative_product_first_batch_is_30_percent_of_the_base_capped_at_300_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure10InnovativeProductFirstBatch(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Innovative_product_first_batch_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure10InnovativeProductFirstBatch());

    [Theory]
    [InlineData("10000000.00", "5000000.00")]
    [InlineData("19999999.00", "9999999.50")]
    [InlineData("20000000.00", "10000000.00")]
    [InlineData("20000001.00", "10000000.00")]
    public void Future_industry_scenario_is_50_percent_of_the_base_capped_at_1000_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure10FutureIndustryScenario(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Future_industry_scenario_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure10FutureIndustryScenario());

    [Theory]
    [InlineData("8333333.33", "2500000.00")]
    [InlineData("16666665.67", "4999999.70")]
    [InlineData("16666666.67", "5000000.00")]
    [InlineData("16666667.67", "5000000.00")]
    public void Computing_power_is_30_percent_of_the_base_capped_at_500_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure10ComputingPower(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Computing_power_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure10ComputingPower());

    [Theory]
    [MemberData(nameof(PeriodCases))]
    public void Each_clause_applies_only_from_2024_07_11_through_2029_07_10(string id, string day, EvaluationOutcome expected) =>
        AppliesOnlyInsidePeriod(DalinghaowanCases.ById(id), day, expected);

    [Fact]
    public void Each_requirement_answered_no_makes_the_clause_not_eligible()
    {
        foreach (var id in Ids)
        {
            EachRequirementFailsAlone(DalinghaowanCases.ById(id));
        }
    }

    [Fact]
    public void Outside_the_dalinghaowan_area_no_clause_is_eligible()
    {
        foreach (var id in Ids)
        {
            var clause = DalinghaowanCases.ById(id);
            var result = Eval(clause, Typical(clause).With(DalinghaowanPolicy.LocatedKey, false));
            Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
            Assert.Contains(result.Conditions, c => c.Code == "dalinghaowan-located-in-area" && c.Status == ConditionStatus.NotMet);
        }
    }

    [Fact]
    public void Missing_facts_ask_for_input_rather_than_refuse()
    {
        foreach (var id in Ids)
        {
            EachMissingInputNeedsInput(DalinghaowanCases.ById(id));
        }
    }

}
