using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Infrastructure.Audit;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>
/// Issue 14 point 5: the committee proposes a call's scored applications as a budget scenario gives them, in one save,
/// and the choice is recorded with the proposal; another authority's clerk cannot.
/// </summary>
public sealed class FundingScenarioTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private ICommitteeRanking Ranking => fixture.Factory.Services.GetRequiredService<ICommitteeRanking>();

    [Fact]
    public async Task Proposing_a_scenario_sets_its_amounts_records_the_choice_and_names_it_in_the_trail()
    {
        var proposed = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.ProposedForApproval);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var before = (await Ranking.RankingAsync(proposed.CallId, staff, CancellationToken.None))!;
        var expected = BudgetScenarios.FlatPercent(before.Rank(), 50m);
        Assert.Contains(expected.Funded, l => l.ApplicationId == proposed.Id);

        var result = await Ranking.ProposeScenarioAsync(proposed.CallId, FundingScenarioKind.FlatPercent, 50m, staff, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var after = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == proposed.Id));
        Assert.Equal((ApplicationStatus.ProposedForApproval, expected.Funded.Single(l => l.ApplicationId == proposed.Id).Amount), (after.Status, after.ApprovedAmount!.Value));
        var decision = (await Ranking.RankingAsync(proposed.CallId, staff, CancellationToken.None))!.LastDecision!;
        Assert.Equal((FundingScenarioKind.FlatPercent, 50m, expected.Funded.Count, expected.Total), (decision.Scenario, decision.Percent!.Value, decision.Proposed, decision.Total));
        var trail = await Demo.WithDbAsync(fixture.Factory, db => db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == proposed.Id).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(["WithdrawProposal", "Propose"], trail.TakeLast(2).Select(e => e.Action));
        Assert.All(trail.TakeLast(2), e => Assert.Equal("按“统一 50% 后择优”方案拟立项", e.Reason));

        // The same scenario again changes no amount and adds no line to the trail; the choice is recorded again.
        Assert.True((await Ranking.ProposeScenarioAsync(proposed.CallId, FundingScenarioKind.FlatPercent, 50m, staff, CancellationToken.None)).Succeeded);
        Assert.Equal(trail.Count, await Demo.WithDbAsync(fixture.Factory, db => db.ApplicationEvents.CountAsync(e => e.ApplicationId == proposed.Id)));
        Assert.Equal(2, await Demo.WithDbAsync(fixture.Factory, db => db.FundingDecisions.CountAsync(d => d.CallId == proposed.CallId)));

        // Every line written is on the chains, which still hold.
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        Assert.All(await scope.ServiceProvider.GetRequiredService<AuditChains>().VerifyAsync(CancellationToken.None), r => Assert.Null(r.Break));
    }

    [Fact]
    public async Task A_percentage_outside_0_to_100_is_refused_in_chinese_and_nothing_changes()
    {
        using var chinese = new SubsidyPortal.IntegrationTests.Enterprises.UiCulture("zh-CN");
        var proposed = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.ProposedForApproval);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var decisions = await Demo.WithDbAsync(fixture.Factory, db => db.FundingDecisions.CountAsync());

        var result = await Ranking.ProposeScenarioAsync(proposed.CallId, FundingScenarioKind.FlatPercent, 120m, staff, CancellationToken.None);

        Assert.Equal("统一资助比例须大于 0、不超过 100。", Assert.Single(result.Errors).Message);
        Assert.Equal(decisions, await Demo.WithDbAsync(fixture.Factory, db => db.FundingDecisions.CountAsync()));
    }

    [Fact]
    public async Task Another_authoritys_clerk_cannot_propose_and_nothing_changes()
    {
        var proposed = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.ProposedForApproval);
        var jinshan = await Demo.ActorAsync(fixture.Factory, "staff.jinshan@demo.local") with
        {
            Authorities = SubsidyPortal.Domain.Policies.AuthorityScope.Only([SubsidyPortal.Domain.Policies.AdministeringAuthorities.JinshanId]),
        };
        var decisions = await Demo.WithDbAsync(fixture.Factory, db => db.FundingDecisions.CountAsync());

        var result = await Ranking.ProposeScenarioAsync(proposed.CallId, FundingScenarioKind.ProRata, null, jinshan, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(decisions, await Demo.WithDbAsync(fixture.Factory, db => db.FundingDecisions.CountAsync()));
        Assert.Equal(proposed.ApprovedAmount, await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == proposed.Id).Select(a => a.ApprovedAmount).SingleAsync()));
    }
}
