using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Measure17AcademicEvents.cs: dalinghaowan-2024/17-hosting-events, dalinghaowan-2024/17-international-participation.</summary>
public sealed class Measure17AcademicEventsTests
{
    private static readonly string[] Ids = ["dalinghaowan-2024/17-hosting-events", "dalinghaowan-2024/17-international-participation"];

    public static TheoryData<string, string, EvaluationOutcome> PeriodCases => DalinghaowanCases.Period("dalinghaowan-2024/17-hosting-events", "dalinghaowan-2024/17-international-participation");

    [Theory]
    [InlineData("3000000.00", "1500000.00")]
    [InlineData("5999999.00", "2999999.50")]
    [InlineData("6000000.00", "3000000.00")]
    [InlineData("6000001.00", "3000000.00")]
    public void Hosting_events_is_50_percent_of_the_base_capped_at_300_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure17HostingEvents(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Hosting_events_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure17HostingEvents());

    [Theory]
    [InlineData("1666666.67", "500000.00")]
    [InlineData("3333332.33", "999999.70")]
    [InlineData("3333333.33", "1000000.00")]
    [InlineData("3333334.33", "1000000.00")]
    public void International_participation_is_30_percent_of_the_base_capped_at_100_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure17InternationalParticipation(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void International_participation_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure17InternationalParticipation());

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
