using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>Mean of the experts' totals; from five experts on, one highest and one lowest are dropped first; spread flags disagreement.</summary>
public sealed class ScoreAggregationTests
{
    [Fact]
    public void With_three_experts_every_total_counts()
    {
        var result = ScoreAggregation.From([80m, 70m, 90m]);
        Assert.Equal(3, result.Count);
        Assert.Equal([80m, 70m, 90m], result.Used);
        Assert.Empty(result.Dropped);
        Assert.Equal(80m, result.Mean);
        Assert.Equal(20m, result.Spread);
    }

    [Fact]
    public void With_four_experts_every_total_still_counts()
    {
        var result = ScoreAggregation.From([80m, 70m, 90m, 61m]);
        Assert.Equal(4, result.Used.Count);
        Assert.Empty(result.Dropped);
        Assert.Equal(75.25m, result.Mean);
    }

    [Fact]
    public void With_five_experts_one_highest_and_one_lowest_are_dropped()
    {
        var result = ScoreAggregation.From([80m, 95m, 70m, 60m, 75m]);
        Assert.Equal(5, result.Count);
        Assert.Equal([80m, 70m, 75m], result.Used);
        Assert.Equal([95m, 60m], result.Dropped);
        Assert.Equal(75m, result.Mean);
        Assert.Equal(35m, result.Spread); // over all five, dropped ones included
    }

    [Fact]
    public void With_seven_experts_still_only_one_highest_and_one_lowest_are_dropped()
    {
        var result = ScoreAggregation.From([81m, 88m, 79m, 92m, 65m, 84m, 86m]);
        Assert.Equal(7, result.Count);
        Assert.Equal([81m, 88m, 79m, 84m, 86m], result.Used);
        Assert.Equal([92m, 65m], result.Dropped);
        Assert.Equal(83.6m, result.Mean);
    }

    [Fact]
    public void When_several_experts_share_the_extreme_total_only_one_of_them_is_dropped()
    {
        var result = ScoreAggregation.From([90m, 90m, 70m, 70m, 80m]);
        Assert.Equal([90m, 70m, 80m], result.Used);
        Assert.Equal([90m, 70m], result.Dropped);
        Assert.Equal(80m, result.Mean);
    }

    [Fact]
    public void When_five_experts_agree_exactly_two_identical_totals_are_dropped_and_the_spread_is_zero()
    {
        var result = ScoreAggregation.From([77.5m, 77.5m, 77.5m, 77.5m, 77.5m]);
        Assert.Equal(3, result.Used.Count);
        Assert.Equal(77.5m, result.Mean);
        Assert.Equal(0m, result.Spread);
        Assert.False(result.SpreadFlag);
    }

    [Fact]
    public void The_mean_is_rounded_half_away_from_zero_to_two_decimals()
    {
        Assert.Equal(80.01m, ScoreAggregation.From([80m, 80.01m, 80.02m, 80m]).Mean);  // 80.0075
        Assert.Equal(70.33m, ScoreAggregation.From([70m, 70m, 71m]).Mean);            // 70.333…
        Assert.Equal(70.67m, ScoreAggregation.From([70m, 71m, 71m]).Mean);            // 70.666…
        Assert.Equal(60.01m, ScoreAggregation.From([60m, 60.01m]).Mean);              // 60.005
    }

    [Fact]
    public void A_single_expert_gives_that_total_with_no_spread()
    {
        var result = ScoreAggregation.From([66.66m]);
        Assert.Equal(66.66m, result.Mean);
        Assert.Equal(0m, result.Spread);
    }

    [Fact]
    public void Without_any_score_there_is_no_aggregate_rather_than_a_zero()
    {
        var result = ScoreAggregation.From(Array.Empty<decimal>());
        Assert.False(result.HasScores);
        Assert.Equal(0, result.Count);
        Assert.Null(result.Mean);
        Assert.Null(result.Spread);
        Assert.False(result.SpreadFlag);
        Assert.Empty(result.Used);
        Assert.Empty(result.Dropped);
    }

    [Fact]
    public void An_expert_who_scored_zero_is_a_score_of_zero_not_a_missing_score()
    {
        var result = ScoreAggregation.From([0m]);
        Assert.True(result.HasScores);
        Assert.Equal(0m, result.Mean);
    }

    [Fact]
    public void A_spread_at_the_default_threshold_of_20_is_not_flagged_and_just_above_it_is()
    {
        Assert.Equal(20m, ScoreAggregation.DefaultSpreadThreshold);
        Assert.False(ScoreAggregation.From([60m, 80m]).SpreadFlag);
        Assert.True(ScoreAggregation.From([60m, 80.01m]).SpreadFlag);
        Assert.True(ScoreAggregation.From([50m, 80m]).SpreadFlag);
    }

    [Fact]
    public void The_spread_counts_dropped_totals_so_trimming_does_not_hide_disagreement()
    {
        var result = ScoreAggregation.From([95m, 80m, 81m, 79m, 50m]);
        Assert.Equal(80m, result.Mean);
        Assert.Equal(45m, result.Spread);
        Assert.True(result.SpreadFlag);
    }

    [Fact]
    public void The_committee_may_set_its_own_threshold()
    {
        var atTen = ScoreAggregation.From([70m, 80m], spreadThreshold: 10m);
        Assert.Equal(10m, atTen.SpreadThreshold);
        Assert.False(atTen.SpreadFlag);
        Assert.True(ScoreAggregation.From([70m, 80.01m], spreadThreshold: 10m).SpreadFlag);
        Assert.False(ScoreAggregation.From([70m, 70m], spreadThreshold: 0m).SpreadFlag);
        Assert.True(ScoreAggregation.From([70m, 70.01m], spreadThreshold: 0m).SpreadFlag);
    }

    [Fact]
    public void A_negative_threshold_is_refused() =>
        Assert.Equal("review.spread-threshold-invalid", Assert.Throws<DomainException>(() => ScoreAggregation.From([70m], -0.01m)).Code);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void A_total_outside_0_to_100_is_refused(double total)
    {
        var error = Assert.Throws<DomainException>(() => ScoreAggregation.From([80m, (decimal)total]));
        Assert.Equal("review.total-out-of-range", error.Code);
    }

    [Fact]
    public void Totals_of_exactly_0_and_100_are_accepted() =>
        Assert.Equal(50m, ScoreAggregation.From([0m, 100m]).Mean);

    [Fact]
    public void A_total_with_more_than_two_decimals_is_refused() =>
        Assert.Equal("review.total-precision", Assert.Throws<DomainException>(() => ScoreAggregation.From([80.001m])).Code);

    [Fact]
    public void Score_sheets_are_aggregated_by_their_weighted_totals()
    {
        var rubric = new ScoringRubric([new("all", "总体", "Overall", 100m, 100m)]);
        var sheets = new[] { 60m, 70m, 80m }.Select(score => ExpertScoreSheet.Score(rubric, [new("all", score, "意见")]));
        Assert.Equal(70m, ScoreAggregation.From(sheets).Mean);
    }
}
