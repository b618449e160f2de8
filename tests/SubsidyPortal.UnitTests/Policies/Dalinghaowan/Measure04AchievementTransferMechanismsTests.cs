using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Measure04AchievementTransferMechanisms.cs: dalinghaowan-2024/04-major-achievement-startup-funds, dalinghaowan-2024/04-major-achievement-equity-funds, dalinghaowan-2024/04-achievement-transfer-costs.</summary>
public sealed class Measure04AchievementTransferMechanismsTests
{
    private static readonly string[] Ids = ["dalinghaowan-2024/04-major-achievement-startup-funds", "dalinghaowan-2024/04-major-achievement-equity-funds", "dalinghaowan-2024/04-achievement-transfer-costs"];

    public static TheoryData<string, string, EvaluationOutcome> PeriodCases => DalinghaowanCases.Period("dalinghaowan-2024/04-major-achievement-startup-funds", "dalinghaowan-2024/04-major-achievement-equity-funds", "dalinghaowan-2024/04-achievement-transfer-costs");

    [Fact]
    public void A_major_achievement_landing_is_eligible_for_startup_funds_up_to_30_million_yuan()
    {
        var amount = Eligible(new Measure04MajorAchievementStartupFunds(), Typical(new Measure04MajorAchievementStartupFunds()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(30000000.00m, amount.Ceiling);
        Assert.Null(amount.FixedAmount);
    }

    [Fact]
    public void A_major_achievement_landing_is_eligible_for_equity_funds_up_to_20_million_yuan()
    {
        var amount = Eligible(new Measure04MajorAchievementEquityFunds(), Typical(new Measure04MajorAchievementEquityFunds()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(20000000.00m, amount.Ceiling);
        Assert.Null(amount.FixedAmount);
    }

    [Theory]
    [InlineData("10000000.00", "5000000.00")]
    [InlineData("19999999.00", "9999999.50")]
    [InlineData("20000000.00", "10000000.00")]
    [InlineData("20000001.00", "10000000.00")]
    public void Achievement_transfer_costs_is_50_percent_of_the_base_capped_at_1000_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure04AchievementTransferCosts(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Achievement_transfer_costs_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure04AchievementTransferCosts());

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
