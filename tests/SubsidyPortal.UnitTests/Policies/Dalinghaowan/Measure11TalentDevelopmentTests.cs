using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Measure11TalentDevelopment.cs: dalinghaowan-2024/11-overseas-talent-allowance, dalinghaowan-2024/11-new-doctoral-graduate-allowance, dalinghaowan-2024/11-full-time-postdoc-allowance, dalinghaowan-2024/11-in-station-postdoc-allowance, dalinghaowan-2024/11-in-station-postdoc-completion, dalinghaowan-2024/11-talent-training.</summary>
public sealed class Measure11TalentDevelopmentTests
{
    private static readonly string[] Ids = ["dalinghaowan-2024/11-overseas-talent-allowance", "dalinghaowan-2024/11-new-doctoral-graduate-allowance", "dalinghaowan-2024/11-full-time-postdoc-allowance", "dalinghaowan-2024/11-in-station-postdoc-allowance", "dalinghaowan-2024/11-in-station-postdoc-completion", "dalinghaowan-2024/11-talent-training"];

    public static TheoryData<string, string, EvaluationOutcome> PeriodCases => DalinghaowanCases.Period("dalinghaowan-2024/11-overseas-talent-allowance", "dalinghaowan-2024/11-new-doctoral-graduate-allowance", "dalinghaowan-2024/11-full-time-postdoc-allowance", "dalinghaowan-2024/11-in-station-postdoc-allowance", "dalinghaowan-2024/11-in-station-postdoc-completion", "dalinghaowan-2024/11-talent-training");

    [Fact]
    public void An_overseas_high_level_talent_gets_50000_yuan_a_year_for_three_years()
    {
        var amount = Eligible(new Measure11OverseasTalentAllowance(), Typical(new Measure11OverseasTalentAllowance()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(150000.00m, amount.FixedAmount);
        Assert.Equal([1, 2, 3], amount.Tranches.Select(t => t.Sequence));
        Assert.All(amount.Tranches, t => Assert.Equal(50000.00m, t.Value));
        Assert.All(amount.Tranches, t => Assert.Equal(AmountKind.Fixed, t.Kind));
    }

    [Fact]
    public void A_new_doctoral_graduate_gets_30000_yuan_a_year_for_three_years()
    {
        var amount = Eligible(new Measure11NewDoctoralGraduateAllowance(), Typical(new Measure11NewDoctoralGraduateAllowance()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(90000.00m, amount.FixedAmount);
        Assert.Equal([1, 2, 3], amount.Tranches.Select(t => t.Sequence));
        Assert.All(amount.Tranches, t => Assert.Equal(30000.00m, t.Value));
        Assert.All(amount.Tranches, t => Assert.Equal(AmountKind.Fixed, t.Kind));
    }

    [Fact]
    public void A_full_time_rd_postdoc_gets_30000_yuan_a_year_for_three_years()
    {
        var amount = Eligible(new Measure11FullTimePostdocAllowance(), Typical(new Measure11FullTimePostdocAllowance()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(90000.00m, amount.FixedAmount);
        Assert.Equal([1, 2, 3], amount.Tranches.Select(t => t.Sequence));
        Assert.All(amount.Tranches, t => Assert.Equal(30000.00m, t.Value));
        Assert.All(amount.Tranches, t => Assert.Equal(AmountKind.Fixed, t.Kind));
    }

    [Fact]
    public void An_in_station_postdoc_gets_a_one_off_15000_yuan_living_allowance()
    {
        var amount = Eligible(new Measure11InStationPostdocAllowance(), Typical(new Measure11InStationPostdocAllowance()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(15000.00m, amount.FixedAmount);
    }

    [Fact]
    public void An_in_station_postdoc_who_completes_the_project_gets_30000_yuan()
    {
        var amount = Eligible(new Measure11InStationPostdocCompletion(), Typical(new Measure11InStationPostdocCompletion()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(30000.00m, amount.FixedAmount);
    }

    [Theory]
    [InlineData("5000000.00", "1500000.00")]
    [InlineData("9999999.00", "2999999.70")]
    [InlineData("10000000.00", "3000000.00")]
    [InlineData("10000001.00", "3000000.00")]
    public void Talent_training_is_30_percent_of_the_base_capped_at_300_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure11TalentTraining(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Talent_training_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure11TalentTraining());

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
