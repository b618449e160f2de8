using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/5-5-science-award-matching: 免申即享; 100 % match, city and district together at most 100 万.</summary>
public sealed class Chapter5Topic5ScienceAwardMatchingTests
{
    private static readonly Chapter5Topic5ScienceAwardMatching Clause = new();

    internal static Dictionary<string, object> Eligible(decimal city = 300_000m) => new()
    {
        ["recommendedScienceAwardWinner"] = true,
        [Clause.CityGrantKey] = city,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Theory]
    [InlineData(300_000, 300_000)]
    [InlineData(500_000, 500_000)]
    [InlineData(600_000, 400_000)]
    [InlineData(999_999.99, 0.01)]
    public void The_district_matches_until_the_two_together_reach_one_million(double city, double expected)
    {
        var result = Evaluate(Clause, new Facts(Eligible((decimal)city)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal((decimal)expected, result.Amount!.FixedAmount);
    }

    [Fact]
    public void A_city_support_of_one_million_leaves_nothing_and_is_refused() =>
        AssertFails(Evaluate(Clause, new Facts(Eligible(1_000_000m))), "jinshan-5-5-room-left");

    [Fact]
    public void Without_a_state_or_city_award_it_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("recommendedScienceAwardWinner", false))), "jinshan-5-5-award");

    [Fact]
    public void A_missing_city_support_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), Clause.CityGrantKey)).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
