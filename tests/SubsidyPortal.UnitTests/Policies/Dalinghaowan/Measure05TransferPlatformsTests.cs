using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Measure05TransferPlatforms.cs: dalinghaowan-2024/05-public-platform-construction, dalinghaowan-2024/05-public-platform-operation, dalinghaowan-2024/05-online-service-platform.</summary>
public sealed class Measure05TransferPlatformsTests
{
    private static readonly string[] Ids = ["dalinghaowan-2024/05-public-platform-construction", "dalinghaowan-2024/05-public-platform-operation", "dalinghaowan-2024/05-online-service-platform"];

    public static TheoryData<string, string, EvaluationOutcome> PeriodCases => DalinghaowanCases.Period("dalinghaowan-2024/05-public-platform-construction", "dalinghaowan-2024/05-public-platform-operation", "dalinghaowan-2024/05-online-service-platform");

    [Fact]
    public void A_proof_of_concept_or_pilot_platform_is_eligible_for_construction_funds_up_to_20_million_yuan()
    {
        var amount = Eligible(new Measure05PublicPlatformConstruction(), Typical(new Measure05PublicPlatformConstruction()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(20000000.00m, amount.Ceiling);
        Assert.Null(amount.FixedAmount);
    }

    [Fact]
    public void A_public_platform_gets_operating_funds_of_up_to_10_million_yuan_a_year_for_three_years()
    {
        var amount = Eligible(new Measure05PublicPlatformOperation(), Typical(new Measure05PublicPlatformOperation()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(30000000.00m, amount.Ceiling);
        Assert.Equal([1, 2, 3], amount.Tranches.Select(t => t.Sequence));
        Assert.All(amount.Tranches, t => Assert.Equal(10000000.00m, t.Value));
        Assert.All(amount.Tranches, t => Assert.Equal(AmountKind.Ceiling, t.Kind));
    }

    [Theory]
    [InlineData("5000000.00", "2500000.00")]
    [InlineData("9999999.00", "4999999.50")]
    [InlineData("10000000.00", "5000000.00")]
    [InlineData("10000001.00", "5000000.00")]
    public void Online_service_platform_is_50_percent_of_the_base_capped_at_500_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure05OnlineServicePlatform(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Online_service_platform_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure05OnlineServicePlatform());

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
