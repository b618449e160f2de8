using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/5-3-city-little-giant: 免申即享; 100 % match, city and district together at most 300 万.</summary>
public sealed class Chapter5Topic3CityLittleGiantTests
{
    private static readonly Chapter5Topic3CityLittleGiant Clause = new();

    internal static Dictionary<string, object> Eligible(decimal city = 1_000_000m) => new()
    {
        ["recommendedCityLittleGiant"] = true,
        [Clause.CityGrantKey] = city,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Theory]
    [InlineData(1_000_000, 1_000_000)]
    [InlineData(1_500_000, 1_500_000)]
    [InlineData(1_500_000.01, 1_499_999.99)]
    [InlineData(2_000_000, 1_000_000)]
    [InlineData(2_999_999.99, 0.01)]
    public void The_district_matches_the_city_grant_until_the_two_together_reach_three_million(double city, double expected)
    {
        var result = Evaluate(Clause, new Facts(Eligible((decimal)city)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(AmountKind.Fixed, result.Amount!.Kind);
        Assert.Equal((decimal)expected, result.Amount.FixedAmount);
    }

    [Fact]
    public void A_city_grant_of_three_million_leaves_nothing_and_is_refused() =>
        AssertFails(Evaluate(Clause, new Facts(Eligible(3_000_000m))), "jinshan-5-3-room-left");

    [Fact]
    public void An_enterprise_not_recognised_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("recommendedCityLittleGiant", false))), "jinshan-5-3-certified");

    [Fact]
    public void It_is_granted_without_an_application() => Assert.Equal(ClaimMethod.AutomaticEntitlement, Clause.Claim);

    [Fact]
    public void A_missing_city_grant_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), Clause.CityGrantKey)).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
