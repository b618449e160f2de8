using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/7-2-performance-loan-insurance: up to 100 % of the city premium subsidy, within 90 days.</summary>
public sealed class Chapter7Topic2PerformanceLoanInsuranceTests
{
    private static readonly Chapter7Topic2PerformanceLoanInsurance Clause = new();

    internal static Dictionary<string, object> Eligible(string applied = "2025-08-01") => new()
    {
        ["registeredInJinshan"] = true,
        ["independentLegalPerson"] = true,
        ["recommendedPerformanceLoan"] = true,
        ["districtBankRepaidOnTime"] = true,
        ["citySubsidyDate"] = Day("2025-06-01"),
        ["applicationDate"] = Day(applied),
        [Clause.CityGrantKey] = 45_000m,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Fact]
    public void A_city_premium_subsidy_of_45000_yuan_is_matched_up_to_45000_yuan()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(AmountKind.Ceiling, result.Amount!.Kind);
        Assert.Equal(45_000.00m, result.Amount.Ceiling);
    }

    [Theory]
    [InlineData("2025-06-01", EvaluationOutcome.Eligible)]
    [InlineData("2025-08-30", EvaluationOutcome.Eligible)]
    [InlineData("2025-08-31", EvaluationOutcome.NotEligible)]
    [InlineData("2025-05-31", EvaluationOutcome.NotEligible)]
    public void The_application_must_come_within_90_days_of_the_city_subsidy(string applied, EvaluationOutcome expected) =>
        Assert.Equal(expected, Evaluate(Clause, new Facts(Eligible(applied))).Outcome);

    [Fact]
    public void A_late_repayment_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("districtBankRepaidOnTime", false))), "jinshan-7-2-repaid");

    [Fact]
    public void A_missing_application_date_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "applicationDate")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
