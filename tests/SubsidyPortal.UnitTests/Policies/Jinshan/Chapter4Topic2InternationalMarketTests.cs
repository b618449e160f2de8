using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/4-2-international-market: 50 万 per variety, at most 100 万 per enterprise a year.</summary>
public sealed class Chapter4Topic2InternationalMarketTests
{
    private static readonly Chapter4Topic2InternationalMarket Clause = new();

    internal static Dictionary<string, object> Eligible(long varieties = 1, decimal already = 0m)
    {
        var f = Shared();
        f["overseasApprovedVarietyCount"] = varieties;
        f["overseasMarketAwardedThisYear"] = already;
        return f;
    }

    [Theory]
    [InlineData(1, 500_000)]
    [InlineData(2, 1_000_000)]
    [InlineData(3, 1_000_000)]
    public void Each_variety_earns_500000_yuan_up_to_one_million_a_year(long varieties, double expected)
    {
        var result = Evaluate(Clause, new Facts(Eligible(varieties)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal((decimal)expected, result.Amount!.FixedAmount);
    }

    [Fact]
    public void Two_strengths_of_one_product_counted_as_one_variety_earn_500000_yuan() =>
        Assert.Equal(500_000.00m, Evaluate(Clause, new Facts(Eligible(1))).Amount!.FixedAmount);

    [Fact]
    public void A_second_application_in_the_same_year_gets_only_the_rest_of_the_million() =>
        Assert.Equal(500_000.00m, Evaluate(Clause, new Facts(Eligible(2, already: 500_000m))).Amount!.FixedAmount);

    [Fact]
    public void A_year_already_at_one_million_is_closed() =>
        AssertFails(Evaluate(Clause, new Facts(Eligible(1, already: 1_000_000m))), "jinshan-4-2-annual-limit");

    [Fact]
    public void No_approved_variety_is_not_eligible() =>
        AssertFails(Evaluate(Clause, new Facts(Eligible(0))), "jinshan-4-2-variety");

    [Fact]
    public void A_missing_variety_count_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "overseasApprovedVarietyCount")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
