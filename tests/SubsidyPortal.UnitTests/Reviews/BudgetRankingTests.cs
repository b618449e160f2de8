using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>择优: by score, ties to the earlier submission, unscored last; rows taken in order until the first that would exceed the budget.</summary>
public sealed class BudgetRankingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static RankingCandidate App(
        string name,
        decimal? score,
        decimal amount,
        AmountKind kind = AmountKind.Fixed,
        decimal? approved = null,
        int submittedHour = 0,
        Guid? id = null) =>
        new(id ?? Guid.CreateVersion7(), name, score, amount, kind, approved, Monday.AddHours(submittedHour));

    private static string[] Names(BudgetRanking ranking) => ranking.Rows.Select(r => r.DisplayName).ToArray();

    private static DomainException Refusal(decimal budget, params RankingCandidate[] candidates) =>
        Assert.Throws<DomainException>(() => BudgetRanking.Rank(budget, candidates));

    [Fact]
    public void Applications_are_ranked_by_score_highest_first()
    {
        var ranking = BudgetRanking.Rank(1_000_000m, [App("乙", 72.5m, 100_000m), App("甲", 88m, 100_000m), App("丙", 60m, 100_000m)]);
        Assert.Equal(["甲", "乙", "丙"], Names(ranking));
        Assert.Equal([1, 2, 3], ranking.Rows.Select(r => r.Position));
    }

    [Fact]
    public void Equal_scores_go_to_the_earlier_submission()
    {
        var ranking = BudgetRanking.Rank(1_000_000m, [App("晚", 80m, 100_000m, submittedHour: 5), App("早", 80m, 100_000m, submittedHour: 1), App("高", 80.01m, 100_000m, submittedHour: 9)]);
        Assert.Equal(["高", "早", "晚"], Names(ranking));
    }

    [Fact]
    public void Equal_scores_submitted_at_the_same_moment_are_ordered_by_id_whatever_the_input_order()
    {
        var first = App("一", 80m, 100_000m, id: Guid.Parse("00000000-0000-0000-0000-000000000001"));
        var second = App("二", 80m, 100_000m, id: Guid.Parse("00000000-0000-0000-0000-000000000002")) with { SubmittedAt = first.SubmittedAt };
        Assert.Equal(["一", "二"], Names(BudgetRanking.Rank(1_000_000m, [second, first])));
        Assert.Equal(["一", "二"], Names(BudgetRanking.Rank(1_000_000m, [first, second])));
    }

    [Fact]
    public void Unscored_applications_come_last_in_submission_order_and_are_never_within_the_budget()
    {
        var ranking = BudgetRanking.Rank(10_000_000m,
            [App("未评2", null, 100_000m, submittedHour: 3), App("已评", 10m, 100_000m), App("未评1", null, 100_000m, submittedHour: 1)]);
        Assert.Equal(["已评", "未评1", "未评2"], Names(ranking));
        Assert.Equal(1, ranking.CutOffIndex);
        Assert.Equal(CutOffReason.UnscoredRows, ranking.CutOffReason);
        Assert.Equal([true, false, false], ranking.Rows.Select(r => r.WithinBudget));
        Assert.Equal(100_000m, ranking.AmountWithinBudget);
    }

    [Fact]
    public void A_score_of_zero_is_ranked_with_the_scored_not_with_the_unscored()
    {
        var ranking = BudgetRanking.Rank(1_000_000m, [App("未评", null, 100_000m), App("零分", 0m, 100_000m, submittedHour: 2)]);
        Assert.Equal(["零分", "未评"], Names(ranking));
        Assert.True(ranking.Rows[0].WithinBudget);
    }

    [Fact]
    public void When_the_amounts_add_up_to_exactly_the_budget_every_row_is_within_it()
    {
        var ranking = BudgetRanking.Rank(600_000m, [App("甲", 90m, 300_000m), App("乙", 80m, 200_000m), App("丙", 70m, 100_000m)]);
        Assert.Equal(3, ranking.CutOffIndex);
        Assert.Equal(CutOffReason.AllRowsFit, ranking.CutOffReason);
        Assert.All(ranking.Rows, r => Assert.True(r.WithinBudget));
        Assert.Equal(600_000m, ranking.AmountWithinBudget);
        Assert.Equal(0m, ranking.RemainingBudget);
    }

    [Fact]
    public void A_row_that_exactly_reaches_the_budget_is_within_it_and_the_next_row_is_below_the_line()
    {
        var ranking = BudgetRanking.Rank(500_000m, [App("甲", 90m, 300_000m), App("乙", 80m, 200_000m), App("丙", 70m, 0.01m)]);
        Assert.Equal([300_000m, 500_000m, 500_000.01m], ranking.Rows.Select(r => r.RunningTotal));
        Assert.Equal([true, true, false], ranking.Rows.Select(r => r.WithinBudget));
        Assert.Equal(2, ranking.CutOffIndex);
        Assert.Equal(CutOffReason.BudgetExceeded, ranking.CutOffReason);
    }

    [Fact]
    public void One_fen_over_the_budget_puts_a_row_below_the_line()
    {
        var ranking = BudgetRanking.Rank(500_000m, [App("甲", 90m, 300_000m), App("乙", 80m, 200_000.01m)]);
        Assert.Equal(1, ranking.CutOffIndex);
        Assert.Equal(200_000m, ranking.RemainingBudget);
    }

    [Fact]
    public void Rows_after_the_line_stay_below_it_even_when_their_own_amount_would_fit_in_what_is_left()
    {
        var ranking = BudgetRanking.Rank(500_000m, [App("甲", 90m, 300_000m), App("乙", 80m, 300_000m), App("丙", 70m, 50_000m)]);
        Assert.Equal(1, ranking.CutOffIndex);
        Assert.Equal([true, false, false], ranking.Rows.Select(r => r.WithinBudget));
        Assert.Equal([300_000m, 600_000m, 650_000m], ranking.Rows.Select(r => r.RunningTotal));
        Assert.Equal(200_000m, ranking.RemainingBudget);
    }

    [Fact]
    public void When_the_first_row_alone_exceeds_the_budget_the_line_is_before_it()
    {
        var ranking = BudgetRanking.Rank(100_000m, [App("甲", 90m, 100_000.01m), App("乙", 80m, 1_000m)]);
        Assert.Equal(0, ranking.CutOffIndex);
        Assert.All(ranking.Rows, r => Assert.False(r.WithinBudget));
        Assert.Equal(0m, ranking.AmountWithinBudget);
    }

    [Fact]
    public void The_approved_amount_counts_when_set_and_the_clause_figure_otherwise()
    {
        var ranking = BudgetRanking.Rank(1_000_000m,
        [
            App("核定", 90m, 500_000m, AmountKind.Ceiling, approved: 120_000m),
            App("定额", 80m, 200_000m, AmountKind.Fixed),
            App("上限", 70m, 300_000m, AmountKind.Ceiling),
            App("核减", 60m, 200_000m, AmountKind.Fixed, approved: 150_000m),
        ]);
        Assert.Equal([120_000m, 200_000m, 300_000m, 150_000m], ranking.Rows.Select(r => r.CountedAmount));
        Assert.Equal(
            [CountedAmountSource.ApprovedAmount, CountedAmountSource.FixedAmount, CountedAmountSource.Ceiling, CountedAmountSource.ApprovedAmount],
            ranking.Rows.Select(r => r.AmountSource));
        Assert.Equal(770_000m, ranking.AmountWithinBudget);
    }

    [Fact]
    public void Reducing_an_approved_amount_can_bring_the_next_row_above_the_line()
    {
        var before = BudgetRanking.Rank(500_000m, [App("甲", 90m, 400_000m, AmountKind.Ceiling), App("乙", 80m, 200_000m)]);
        var after = BudgetRanking.Rank(500_000m, [App("甲", 90m, 400_000m, AmountKind.Ceiling, approved: 300_000m), App("乙", 80m, 200_000m)]);
        Assert.Equal(1, before.CutOffIndex);
        Assert.Equal(2, after.CutOffIndex);
    }

    [Fact]
    public void No_applications_give_an_empty_ranking_with_the_whole_budget_left()
    {
        var ranking = BudgetRanking.Rank(500_000m, []);
        Assert.Empty(ranking.Rows);
        Assert.Equal(0, ranking.CutOffIndex);
        Assert.Equal(CutOffReason.AllRowsFit, ranking.CutOffReason);
        Assert.Equal(500_000m, ranking.RemainingBudget);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    [InlineData(100.001)]
    public void A_budget_that_is_not_a_positive_amount_in_whole_fen_is_refused(double budget) =>
        Assert.Equal("review.budget-invalid", Refusal((decimal)budget, App("甲", 90m, 100m)).Code);

    [Fact]
    public void A_budget_of_one_fen_is_a_budget() =>
        Assert.Equal(1, BudgetRanking.Rank(0.01m, [App("甲", 90m, 0.01m)]).CutOffIndex);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void A_score_outside_0_to_100_is_refused(double score) =>
        Assert.Equal("review.total-out-of-range", Refusal(1_000m, App("甲", (decimal)score, 100m)).Code);

    [Fact]
    public void Scores_of_exactly_0_and_100_are_accepted() =>
        Assert.Equal(2, BudgetRanking.Rank(1_000m, [App("甲", 0m, 100m), App("乙", 100m, 100m)]).CutOffIndex);

    [Fact]
    public void A_score_with_more_than_two_decimals_is_refused() =>
        Assert.Equal("review.total-precision", Refusal(1_000m, App("甲", 80.005m, 100m)).Code);

    [Fact]
    public void An_approved_amount_above_the_ceiling_is_refused_naming_the_application()
    {
        var error = Refusal(1_000_000m, App("上海示范公司", 90m, 300_000m, AmountKind.Ceiling, approved: 300_000.01m));
        Assert.Equal("review.amount-above-ceiling", error.Code);
        Assert.Contains("上海示范公司", error.Message, StringComparison.Ordinal);
        Assert.Contains("300,000.01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_figure_of_zero_is_refused() =>
        Assert.Equal("review.rule-amount-invalid", Refusal(1_000m, App("甲", 90m, 0m)).Code);

    [Fact]
    public void An_application_without_an_id_or_a_name_is_refused()
    {
        Assert.Equal("review.application-id-required", Refusal(1_000m, App("甲", 90m, 100m, id: Guid.Empty)).Code);
        Assert.Equal("review.application-name-required", Refusal(1_000m, App("  ", 90m, 100m)).Code);
    }

    [Fact]
    public void The_same_application_twice_is_refused()
    {
        var id = Guid.CreateVersion7();
        Assert.Equal("review.application-duplicate", Refusal(1_000m, App("甲", 90m, 100m, id: id), App("甲", 80m, 100m, id: id)).Code);
    }
}
