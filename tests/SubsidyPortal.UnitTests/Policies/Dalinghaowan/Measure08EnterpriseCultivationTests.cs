using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Measure08EnterpriseCultivation.cs: dalinghaowan-2024/08-gazelle-first-qualified, dalinghaowan-2024/08-unicorn-first-qualified, dalinghaowan-2024/08-challenge-list, dalinghaowan-2024/08-top-list.</summary>
public sealed class Measure08EnterpriseCultivationTests
{
    private static readonly string[] Ids = ["dalinghaowan-2024/08-gazelle-first-qualified", "dalinghaowan-2024/08-unicorn-first-qualified", "dalinghaowan-2024/08-challenge-list", "dalinghaowan-2024/08-top-list"];

    public static TheoryData<string, string, EvaluationOutcome> PeriodCases => DalinghaowanCases.Period("dalinghaowan-2024/08-gazelle-first-qualified", "dalinghaowan-2024/08-unicorn-first-qualified", "dalinghaowan-2024/08-challenge-list", "dalinghaowan-2024/08-top-list");

    [Fact]
    public void A_first_qualified_gazelle_gets_exactly_2_million_yuan()
    {
        var amount = Eligible(new Measure08GazelleFirstQualified(), Typical(new Measure08GazelleFirstQualified()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(2000000.00m, amount.FixedAmount);
    }

    [Fact]
    public void A_first_qualified_unicorn_gets_exactly_4_million_yuan()
    {
        var amount = Eligible(new Measure08UnicornFirstQualified(), Typical(new Measure08UnicornFirstQualified()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(4000000.00m, amount.FixedAmount);
    }

    [Theory]
    [InlineData("20000000.00", "10000000.00")]
    [InlineData("39999999.00", "19999999.50")]
    [InlineData("40000000.00", "20000000.00")]
    [InlineData("40000001.00", "20000000.00")]
    public void Challenge_list_is_50_percent_of_the_base_capped_at_2000_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure08ChallengeList(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Challenge_list_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure08ChallengeList());

    [Fact]
    public void A_listed_enterprise_or_entrepreneur_is_eligible_up_to_200000_yuan()
    {
        var amount = Eligible(new Measure08TopList(), Typical(new Measure08TopList()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(200000.00m, amount.Ceiling);
        Assert.Null(amount.FixedAmount);
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
