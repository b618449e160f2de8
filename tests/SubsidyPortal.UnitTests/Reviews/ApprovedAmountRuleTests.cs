using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>核定金额: above zero, in whole fen, never above the clause's ceiling or fixed amount.</summary>
public sealed class ApprovedAmountRuleTests
{
    private static DomainException Refusal(decimal approved, decimal rule, AmountKind kind) =>
        Assert.Throws<DomainException>(() => ApprovedAmountRule.Check(approved, rule, kind));

    [Theory]
    [InlineData(500_000, AmountKind.Ceiling)]
    [InlineData(499_999.99, AmountKind.Ceiling)]
    [InlineData(0.01, AmountKind.Ceiling)]
    [InlineData(500_000, AmountKind.Fixed)]
    [InlineData(499_999.99, AmountKind.Fixed)]
    [InlineData(0.01, AmountKind.Fixed)]
    public void An_amount_from_one_fen_up_to_the_clause_figure_is_accepted(double approved, AmountKind kind) =>
        Assert.Equal((decimal)approved, ApprovedAmountRule.Check((decimal)approved, 500_000m, kind));

    [Fact]
    public void An_amount_one_fen_above_the_ceiling_is_refused_giving_both_figures()
    {
        var error = Refusal(500_000.01m, 500_000m, AmountKind.Ceiling);
        Assert.Equal("review.amount-above-ceiling", error.Code);
        Assert.Contains("500,000.01", error.Message, StringComparison.Ordinal);
        Assert.Contains("500,000.00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_one_fen_above_the_fixed_amount_is_refused_giving_both_figures()
    {
        var error = Refusal(200_000.01m, 200_000m, AmountKind.Fixed);
        Assert.Equal("review.amount-above-fixed", error.Code);
        Assert.Contains("200,000.01", error.Message, StringComparison.Ordinal);
        Assert.Contains("200,000.00", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    public void An_amount_of_zero_or_less_is_refused(double approved) =>
        Assert.Equal("review.amount-not-positive", Refusal((decimal)approved, 500_000m, AmountKind.Ceiling).Code);

    [Fact]
    public void An_amount_with_a_part_smaller_than_a_fen_is_refused_and_whole_fen_accepted()
    {
        var error = Refusal(1_000.005m, 500_000m, AmountKind.Ceiling);
        Assert.Equal("review.amount-precision", error.Code);
        Assert.Contains("1,000.005", error.Message, StringComparison.Ordinal);
        Assert.Equal(1_000.01m, ApprovedAmountRule.Check(1_000.01m, 500_000m, AmountKind.Ceiling));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    [InlineData(100.001)]
    public void A_clause_figure_that_is_not_a_positive_amount_in_fen_is_refused(double rule) =>
        Assert.Equal("review.rule-amount-invalid", Refusal(1m, (decimal)rule, AmountKind.Fixed).Code);

    [Fact]
    public void A_clause_figure_of_one_fen_is_still_a_figure() =>
        Assert.Equal(0.01m, ApprovedAmountRule.Check(0.01m, 0.01m, AmountKind.Fixed));
}
