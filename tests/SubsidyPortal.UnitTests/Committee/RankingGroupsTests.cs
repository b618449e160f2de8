using System.Globalization;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Committee;

/// <summary>
/// The ranking as staff read it: the budget line sits before the first scored row whose running total passes the
/// budget, never among unscored rows (they are their own group, not "over the budget"); typed amounts move the totals
/// and the line before anything is saved; 8万 is an amount, and one above the clause's figure is refused naming it.
/// </summary>
public sealed class RankingGroupsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public RankingGroupsTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

    private static RankingEntry Entry(string name, decimal? score, decimal rule, AmountKind kind = AmountKind.Ceiling, decimal? approved = null, int hour = 0) =>
        new(Guid.CreateVersion7(), $"CN-2026-{name}", name, $"{name}的项目", ApplicationStatus.ExpertReview, score, rule, kind, approved, Monday.AddHours(hour));

    private static RankingView View(decimal budget, params RankingEntry[] entries) =>
        new(Guid.CreateVersion7(), "2026 年度第二批", budget, 5, null, entries);

    private static string[] Names(IEnumerable<Domain.Reviews.RankedApplication> rows) => rows.Select(r => r.DisplayName.Split(' ')[0]).ToArray();

    [Fact]
    public void Scored_only_the_line_is_before_the_first_row_that_passes_the_budget()
    {
        var groups = View(500_000m, Entry("甲", 90m, 300_000m), Entry("乙", 80m, 150_000m), Entry("丙", 70m, 100_000m)).Groups();

        Assert.Equal(["甲", "乙", "丙"], Names(groups.Scored));
        Assert.Empty(groups.Unscored);
        Assert.Equal(2, groups.BudgetLineBefore);
        Assert.Equal([300_000m, 450_000m, 550_000m], groups.Scored.Select(r => r.RunningTotal));
        Assert.Equal(450_000m, groups.Ranking.AmountWithinBudget);
        Assert.Equal(50_000m, groups.Ranking.RemainingBudget);
    }

    [Fact]
    public void Scored_only_and_all_fitting_there_is_no_line()
    {
        var groups = View(2_000_000m, Entry("甲", 90m, 300_000m), Entry("乙", 80m, 150_000m)).Groups();

        Assert.Null(groups.BudgetLineBefore);
        Assert.Equal(450_000m, groups.Ranking.AmountWithinBudget);
    }

    [Fact]
    public void Unscored_only_there_is_no_line_and_nothing_is_called_over_the_budget()
    {
        // Far more than the budget, but not ranked yet: a group of their own, no budget line.
        var groups = View(100_000m, Entry("甲", null, 600_000m), Entry("乙", null, 300_000m, hour: 1)).Groups();

        Assert.Empty(groups.Scored);
        Assert.Equal(["甲", "乙"], Names(groups.Unscored));
        Assert.Null(groups.BudgetLineBefore);
        Assert.Equal(0m, groups.Ranking.AmountWithinBudget);
    }

    [Fact]
    public void Mixed_within_budget_the_unscored_are_their_own_group_without_a_line()
    {
        // The case: 780,000 of 2,000,000 taken, the unscored row below was labelled 以下项目超出预算.
        var groups = View(2_000_000m, Entry("甲", 82m, 100_000m, approved: 100_000m), Entry("乙", 76m, 80_000m), Entry("丙", null, 600_000m)).Groups();

        Assert.Equal(["甲", "乙"], Names(groups.Scored));
        Assert.Equal(["丙"], Names(groups.Unscored));
        Assert.Null(groups.BudgetLineBefore);
        Assert.Equal(180_000m, groups.Ranking.AmountWithinBudget);
    }

    [Fact]
    public void Mixed_over_budget_the_line_is_among_the_scored_and_the_unscored_stay_apart()
    {
        var groups = View(250_000m, Entry("丙", null, 50_000m), Entry("甲", 90m, 200_000m), Entry("乙", 80m, 100_000m)).Groups();

        Assert.Equal(["甲", "乙"], Names(groups.Scored));
        Assert.Equal(1, groups.BudgetLineBefore);
        Assert.Equal(["丙"], Names(groups.Unscored));
    }

    [Fact]
    public void A_typed_amount_moves_the_running_total_and_the_line_before_it_is_saved()
    {
        var first = Entry("甲", 90m, 300_000m);
        var view = View(400_000m, first, Entry("乙", 80m, 150_000m));
        Assert.Equal(1, view.Groups().BudgetLineBefore);

        Assert.True(MoneyText.TryParseYuan("20万", out var typed));
        var groups = view.Groups(new Dictionary<Guid, decimal> { [first.ApplicationId] = typed });

        Assert.Null(groups.BudgetLineBefore);
        Assert.Equal([200_000m, 350_000m], groups.Scored.Select(r => r.RunningTotal));
    }

    [Theory]
    [InlineData("8万")]
    [InlineData("80000")]
    [InlineData("80,000")]
    public void Eight_wan_is_an_approved_amount_under_a_ten_wan_ceiling(string typed)
    {
        var entry = Entry("甲", 85m, 100_000m);
        Assert.True(MoneyText.TryParseYuan(typed, out var amount));

        Assert.Equal(80_000m, amount);
        Assert.Null(View(2_000_000m, entry).DraftError(entry.ApplicationId, amount));
    }

    [Fact]
    public void An_amount_above_the_ceiling_is_refused_naming_the_ceiling_and_is_not_counted()
    {
        var entry = Entry("甲", 85m, 100_000m);
        var view = View(2_000_000m, entry);

        var refusal = view.DraftError(entry.ApplicationId, 120_000m);

        Assert.Contains("100,000.00 元", refusal, StringComparison.Ordinal);
        Assert.Contains("不超过条款规定的金额或上限", refusal, StringComparison.Ordinal);
        Assert.Equal(100_000m, view.Groups(new Dictionary<Guid, decimal> { [entry.ApplicationId] = 120_000m }).Ranking.AmountWithinBudget);
    }

    [Fact]
    public void An_amount_above_a_fixed_figure_is_refused_naming_that_figure()
    {
        var entry = Entry("甲", 85m, 300_000m, AmountKind.Fixed);

        var refusal = View(2_000_000m, entry).DraftError(entry.ApplicationId, 300_000.01m);

        Assert.Contains("条款金额为 300,000.00 元", refusal, StringComparison.Ordinal);
    }
}
