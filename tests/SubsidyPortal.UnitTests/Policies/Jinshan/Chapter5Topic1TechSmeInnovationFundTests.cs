using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/5-1-tech-sme-innovation-fund: 免申即享; city and district together at most 30 万.</summary>
public sealed class Chapter5Topic1TechSmeInnovationFundTests
{
    private static readonly Chapter5Topic1TechSmeInnovationFund Clause = new();

    internal static Dictionary<string, object> Eligible(decimal city = 100_000m) => new()
    {
        ["recommendedAndFundedTechSme"] = true,
        [Clause.CityGrantKey] = city,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Fact]
    public void After_a_city_grant_of_100000_yuan_the_district_ceiling_is_200000_yuan_without_an_application()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(ClaimMethod.AutomaticEntitlement, Clause.Claim);
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(AmountKind.Ceiling, result.Amount!.Kind);
        Assert.Equal(200_000.00m, result.Amount.Ceiling);
    }

    [Theory]
    [InlineData(299_999.99, EvaluationOutcome.Eligible)]
    [InlineData(300_000.00, EvaluationOutcome.NotEligible)]
    public void A_city_grant_that_already_reaches_300000_yuan_leaves_nothing_and_is_refused_not_zeroed(double city, EvaluationOutcome expected)
    {
        var result = Evaluate(Clause, new Facts(Eligible((decimal)city)));
        Assert.Equal(expected, result.Outcome);
        if (expected == EvaluationOutcome.Eligible)
        {
            Assert.Equal(0.01m, result.Amount!.Ceiling);
        }
        else
        {
            AssertFails(result, "jinshan-5-1-room-left");
        }
    }

    [Fact]
    public void An_enterprise_without_city_funding_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("recommendedAndFundedTechSme", false))), "jinshan-5-1-funded");

    [Fact]
    public void A_missing_city_grant_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), Clause.CityGrantKey)).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
