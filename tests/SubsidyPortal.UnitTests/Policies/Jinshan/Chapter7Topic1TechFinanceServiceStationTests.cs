using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/7-1-tech-finance-station: 3‰ of recommended loans, at most 100 万 a year.</summary>
public sealed class Chapter7Topic1TechFinanceServiceStationTests
{
    private static readonly Chapter7Topic1TechFinanceServiceStation Clause = new();

    internal static Dictionary<string, object> Eligible(decimal loans = 100_000_000m) => new()
    {
        ["servesJinshanTechEnterprises"] = true,
        ["cityLicensedWithTeam"] = true,
        ["recommendedLoanAmount"] = loans,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Theory]
    [InlineData(100_000_000, 300_000)]
    [InlineData(333_333_330, 999_999.99)]
    [InlineData(333_333_334, 1_000_000)]
    [InlineData(1_000_000_000, 1_000_000)]
    public void Three_per_mille_of_the_loans_up_to_one_million_a_year(double loans, double expected)
    {
        var result = Evaluate(Clause, new Facts(Eligible((decimal)loans)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal((decimal)expected, result.Amount!.FixedAmount);
    }

    [Fact]
    public void A_station_without_the_city_licence_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("cityLicensedWithTeam", false))), "jinshan-7-1-licensed");

    [Fact]
    public void A_missing_loan_amount_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "recommendedLoanAmount")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
