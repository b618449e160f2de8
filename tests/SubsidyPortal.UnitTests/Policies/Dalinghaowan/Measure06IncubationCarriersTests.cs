using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Measure06IncubationCarriers.cs: dalinghaowan-2024/06-carrier-post-subsidy, dalinghaowan-2024/06-incubator-construction, dalinghaowan-2024/06-incubator-operation, dalinghaowan-2024/06-student-staff-startup.</summary>
public sealed class Measure06IncubationCarriersTests
{
    private static readonly string[] Ids = ["dalinghaowan-2024/06-carrier-post-subsidy", "dalinghaowan-2024/06-incubator-construction", "dalinghaowan-2024/06-incubator-operation", "dalinghaowan-2024/06-student-staff-startup"];

    public static TheoryData<string, string, EvaluationOutcome> PeriodCases => DalinghaowanCases.Period("dalinghaowan-2024/06-carrier-post-subsidy", "dalinghaowan-2024/06-incubator-construction", "dalinghaowan-2024/06-incubator-operation", "dalinghaowan-2024/06-student-staff-startup");

    [Theory]
    [InlineData("2000000.00", "1000000.00")]
    [InlineData("3999999.00", "1999999.50")]
    [InlineData("4000000.00", "2000000.00")]
    [InlineData("4000001.00", "2000000.00")]
    public void Carrier_post_subsidy_is_50_percent_of_the_base_capped_at_200_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure06CarrierPostSubsidy(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Carrier_post_subsidy_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure06CarrierPostSubsidy());

    [Fact]
    public void A_district_university_incubator_is_eligible_for_construction_funds_up_to_20_million_yuan()
    {
        var amount = Eligible(new Measure06IncubatorConstruction(), Typical(new Measure06IncubatorConstruction()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(20000000.00m, amount.Ceiling);
        Assert.Null(amount.FixedAmount);
    }

    [Fact]
    public void A_district_university_incubator_gets_up_to_5_million_yuan_a_year_for_three_years()
    {
        var amount = Eligible(new Measure06IncubatorOperation(), Typical(new Measure06IncubatorOperation()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(15000000.00m, amount.Ceiling);
        Assert.Equal([1, 2, 3], amount.Tranches.Select(t => t.Sequence));
        Assert.All(amount.Tranches, t => Assert.Equal(5000000.00m, t.Value));
        Assert.All(amount.Tranches, t => Assert.Equal(AmountKind.Ceiling, t.Kind));
    }

    [Fact]
    public void A_start_up_founded_by_students_or_staff_in_a_carrier_gets_exactly_100000_yuan()
    {
        var amount = Eligible(new Measure06StudentStaffStartup(), Typical(new Measure06StudentStaffStartup()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(100000.00m, amount.FixedAmount);
    }

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
