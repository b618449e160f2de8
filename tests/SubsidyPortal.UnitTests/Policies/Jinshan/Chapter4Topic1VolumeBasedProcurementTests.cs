using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/4-1-volume-based-procurement: 1 % of the winning bid, at most 300 万 a year.</summary>
public sealed class Chapter4Topic1VolumeBasedProcurementTests
{
    private static readonly Chapter4Topic1VolumeBasedProcurement Clause = new();

    internal static Dictionary<string, object> Eligible(decimal bid = 80_000_000m, decimal already = 0m)
    {
        var f = Shared();
        f["producesWinningVarietyInJinshan"] = true;
        f["winningBidAmount"] = bid;
        f["procurementAwardedThisYear"] = already;
        return f;
    }

    [Fact]
    public void A_winning_bid_of_80_million_earns_800000_yuan()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(800_000.00m, result.Amount!.FixedAmount);
    }

    [Theory]
    [InlineData(299_999_999, 2_999_999.99)]
    [InlineData(300_000_000, 3_000_000.00)]
    [InlineData(400_000_000, 3_000_000.00)]
    [InlineData(1_234_567.5, 12_345.68)]
    public void The_yearly_cap_is_three_million_and_rounding_is_to_the_fen(double bid, double expected) =>
        Assert.Equal((decimal)expected, Evaluate(Clause, new Facts(Eligible((decimal)bid))).Amount!.FixedAmount);

    [Fact]
    public void What_was_already_received_this_year_is_deducted_from_the_three_million() =>
        Assert.Equal(500_000.00m, Evaluate(Clause, new Facts(Eligible(400_000_000m, already: 2_500_000m))).Amount!.FixedAmount);

    [Theory]
    [InlineData(2_999_999.99, EvaluationOutcome.Eligible)]
    [InlineData(3_000_000.00, EvaluationOutcome.NotEligible)]
    public void Once_three_million_is_reached_the_year_is_closed(double already, EvaluationOutcome expected) =>
        Assert.Equal(expected, Evaluate(Clause, new Facts(Eligible(already: (decimal)already))).Outcome);

    [Fact]
    public void An_enterprise_not_making_a_winning_variety_is_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("producesWinningVarietyInJinshan", false))), "jinshan-4-1-winning-variety");

    [Fact]
    public void A_missing_bid_amount_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "winningBidAmount")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
