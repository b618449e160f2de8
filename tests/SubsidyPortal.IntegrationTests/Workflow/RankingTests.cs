using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>
/// 择优 through ICommitteeRanking (what the ranking tab calls): the demo call's scored application ranked apart from the
/// unscored one; 8万 accepted as the approved amount and proposed in the same save; an amount above the clause's
/// 10 万元 ceiling refused naming the ceiling, with nothing saved; a stale proposal refused in Chinese.
/// </summary>
public sealed class RankingTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private ICommitteeRanking Ranking => fixture.Factory.Services.GetRequiredService<ICommitteeRanking>();

    /// <summary>The demo's proposed application (区级创新资金, ceiling 10 万元) taken back into 择优, scored, amount set.</summary>
    private async Task<Guid> ScoredInReviewAsync(Actor staff)
    {
        var proposed = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.ProposedForApproval);
        Assert.True((await Ranking.WithdrawProposalAsync(proposed.Id, staff, CancellationToken.None)).Succeeded);
        return proposed.Id;
    }

    private Task<(ApplicationStatus Status, decimal? Amount, int Events)> StoredAsync(Guid id) =>
        Demo.WithDbAsync(fixture.Factory, async db =>
        {
            var a = await db.Applications.AsNoTracking().SingleAsync(x => x.Id == id);
            return (a.Status, a.ApprovedAmount, await db.ApplicationEvents.CountAsync(e => e.ApplicationId == id));
        });

    [Fact]
    public async Task Eight_wan_is_set_and_proposed_in_one_step_and_an_amount_above_the_ceiling_is_refused_naming_it()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var id = await ScoredInReviewAsync(staff);
        var before = await StoredAsync(id);
        Assert.Equal(ApplicationStatus.ExpertReview, before.Status);

        Assert.True(MoneyText.TryParseYuan("12万", out var tooMuch));
        var refused = await Ranking.ProposeAsync(id, tooMuch, staff, CancellationToken.None);
        var error = Assert.Single(refused.Errors);
        Assert.Equal("Amount", error.Field);
        Assert.Contains("100,000.00 元", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(id));

        Assert.True(MoneyText.TryParseYuan("8万", out var eightWan));
        var proposed = await Ranking.ProposeAsync(id, eightWan, staff, CancellationToken.None);
        Assert.True(proposed.Succeeded, string.Join(";", proposed.Errors.Select(e => e.Message)));
        var after = await StoredAsync(id);
        Assert.Equal(ApplicationStatus.ProposedForApproval, after.Status);
        Assert.Equal(80_000m, after.Amount);
        Assert.Equal(before.Events + 1, after.Events);

        // Pressed twice (or by two people): the second finds it already proposed and changes nothing.
        var again = await Ranking.ProposeAsync(id, 60_000m, staff, CancellationToken.None);
        Assert.Equal("该申报当前所处环节不能进行此操作。", Assert.Single(again.Errors).Message);
        Assert.Equal(after, await StoredAsync(id));
    }

    [Fact]
    public async Task A_proposal_without_an_amount_is_refused_beside_the_amount()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var inReview = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking()
            .FirstAsync(a => a.Status == ApplicationStatus.ExpertReview));

        var result = await Ranking.ProposeAsync(inReview.Id, null, staff, CancellationToken.None);

        Assert.Contains("请填写拟支持金额", Assert.Single(result.Errors, e => e.Field == "Amount").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calls_unscored_application_is_its_own_group_and_the_scored_ones_fit_without_a_line()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var call = await Demo.OpenCallAsync(fixture.Factory);

        var view = await Ranking.RankingAsync(call.Id, staff, CancellationToken.None);
        var groups = view!.Groups();

        Assert.Equal(call.Budget, view.Budget);
        Assert.NotEmpty(groups.Scored);
        Assert.Contains(groups.Unscored, r => r.DisplayName.Contains("张江专项匹配", StringComparison.Ordinal));
        Assert.Null(groups.BudgetLineBefore);
        Assert.True(groups.Ranking.AmountWithinBudget < view.Budget);
        Assert.NotNull(view.NextNoticeWindow);
        Assert.Equal(call.NoticeWorkingDays, view.NextNoticeWindow!.WorkingDays);
    }

    [Fact]
    public async Task Other_roles_get_no_ranking_and_cannot_propose()
    {
        var call = await Demo.OpenCallAsync(fixture.Factory);
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        var inReview = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.ExpertReview);

        Assert.Null(await Ranking.RankingAsync(call.Id, applicant, CancellationToken.None));
        Assert.False((await Ranking.ProposeAsync(inReview.Id, 10_000m, applicant, CancellationToken.None)).Succeeded);
        Assert.False((await Ranking.PublishAsync(call.Id, applicant, CancellationToken.None)).Result.Succeeded);
    }
}
