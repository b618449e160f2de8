using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Disbursements;

/// <summary>分期拨付: tranches scaled to a lower approved amount still sum to it exactly, to the fen.</summary>
public sealed class PaymentScheduleTests
{
    private static readonly DateOnly AwardedOn = new(2026, 11, 23);

    private static Tranche T(int sequence, decimal value) => new(sequence, $"第 {sequence} 年", value, AmountKind.Fixed, "条件");

    [Theory]
    [InlineData("999999.99")]
    [InlineData("100000.01")]
    [InlineData("0.05")]
    [InlineData("333333.33")]
    [InlineData("1")]
    public void Tranches_scaled_to_a_lower_approved_amount_sum_to_it_exactly(string approvedText)
    {
        var approved = decimal.Parse(approvedText, System.Globalization.CultureInfo.InvariantCulture);
        Tranche[] rule = [T(1, 400_000m), T(2, 300_000m), T(3, 300_000m)];

        var schedule = PaymentSchedule.For(approved, rule, AwardedOn);

        Assert.Equal(approved, schedule.Sum(t => t.Amount));
        Assert.All(schedule, t => Assert.Equal(decimal.Round(t.Amount, 2), t.Amount));
        Assert.Equal([AwardedOn, AwardedOn.AddYears(1), AwardedOn.AddYears(2)], schedule.Select(t => t.DueOn));
    }

    [Fact]
    public void Thirds_round_to_the_fen_and_the_last_takes_the_remainder()
    {
        var schedule = PaymentSchedule.For(100m, [T(1, 1m), T(2, 1m), T(3, 1m)], AwardedOn);

        Assert.Equal([33.33m, 33.33m, 33.34m], schedule.Select(t => t.Amount));
    }

    [Fact]
    public void Without_rule_tranches_the_award_is_paid_at_once()
    {
        var single = Assert.Single(PaymentSchedule.For(12_345.67m, [], AwardedOn));

        Assert.Equal(12_345.67m, single.Amount);
        Assert.Equal(AwardedOn, single.DueOn);
    }
}
