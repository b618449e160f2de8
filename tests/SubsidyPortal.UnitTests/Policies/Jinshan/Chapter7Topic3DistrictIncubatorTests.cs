using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/7-3-district-incubator: 最高 20 万 on recognition and 最高 10 万 after a year of operation.</summary>
public sealed class Chapter7Topic3DistrictIncubatorTests
{
    private static readonly Chapter7Topic3DistrictIncubator Clause = new();

    /// <summary>Every requirement exactly at its threshold.</summary>
    internal static Dictionary<string, object> Eligible() => new()
    {
        ["registeredInJinshan"] = true,
        ["independentLegalPerson"] = true,
        ["operatingMonths"] = 12L,
        ["professionalServiceIncome"] = 200_000m,
        ["totalIncome"] = 1_000_000m,
        ["professionalStaff"] = 4L,
        ["operatorStaff"] = 5L,
        ["mentors"] = 2L,
        ["incubationArea"] = 2000L,
        ["incubatedEnterprises"] = 20L,
        ["alignedEnterprises"] = 12L,
        ["financedEnterprises"] = 2L,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Fact]
    public void A_qualifying_incubator_has_a_300000_yuan_ceiling_paid_in_two_tranches()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(300_000.00m, result.Amount!.Ceiling);
        Assert.Collection(
            result.Amount.Tranches,
            t => Assert.Equal(200_000m, t.Value),
            t => Assert.Equal(100_000m, t.Value));
    }

    [Theory]
    [InlineData("operatingMonths", 11L, "jinshan-7-3-operating-year")]
    [InlineData("professionalServiceIncome", 199_999.99, "jinshan-7-3-service-income")]
    [InlineData("operatorStaff", 6L, "jinshan-7-3-professional-share")]
    [InlineData("mentors", 1L, "jinshan-7-3-staff-per-ten")]
    [InlineData("incubationArea", 1999L, "jinshan-7-3-area")]
    [InlineData("alignedEnterprises", 11L, "jinshan-7-3-aligned")]
    [InlineData("financedEnterprises", 1L, "jinshan-7-3-financed")]
    public void Just_below_any_requirement_is_not_eligible(string key, object value, string code)
    {
        var v = value is double d ? (object)(decimal)d : value;
        AssertFails(Evaluate(Clause, With(Eligible(), (key, v))), code);
    }

    [Theory]
    [InlineData(14L, EvaluationOutcome.NotEligible)]
    [InlineData(15L, EvaluationOutcome.Eligible)]
    public void At_least_15_incubated_enterprises_are_needed(long incubated, EvaluationOutcome expected) =>
        Assert.Equal(expected, Evaluate(Clause, With(Eligible(), ("incubatedEnterprises", incubated), ("alignedEnterprises", 9L))).Outcome);

    [Fact]
    public void Fifteen_enterprises_need_two_professionals_and_two_mentors()
    {
        var fifteen = With(Eligible(), ("incubatedEnterprises", 15L), ("alignedEnterprises", 9L), ("mentors", 1L));
        AssertFails(Evaluate(Clause, fifteen), "jinshan-7-3-staff-per-ten");
    }

    [Fact]
    public void A_missing_floor_area_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "incubationArea")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
