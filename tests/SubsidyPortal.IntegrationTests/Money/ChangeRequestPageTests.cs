using System.Net;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>
/// 项目变更: the enterprise files on its award page (IEnterpriseAwards, what the page calls), the committee decides in
/// writing on its own page (ICommitteeAwards), the enterprise is told.
/// </summary>
public sealed class ChangeRequestPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private IEnterpriseAwards Awards => fixture.Factory.Services.GetRequiredService<IEnterpriseAwards>();

    private ICommitteeAwards Committee => fixture.Factory.Services.GetRequiredService<ICommitteeAwards>();

    private async Task<Application.Validation.CommandResult> FileAsync(Guid awardId, ChangeFiling filing) =>
        await Awards.FileChangeAsync(awardId, filing, await Demo.ActorAsync(fixture.Factory, Demo.Applicant), CancellationToken.None);

    [Fact]
    public async Task An_enterprise_files_a_change_and_staff_approve_it_in_writing()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 40_000m);
        var enterpriseId = await Demo.EnterpriseOfAsync(fixture.Factory, Demo.Applicant);
        var filed = await FileAsync(awardId, new ChangeFiling
        {
            Kind = ChangeKind.Investment,
            Description = "新增一条中试线，总投资增加",
            PlannedTotal = 2_000_000m,
            NewTotal = 2_400_000.00m,
            StructurePercent = 15m,
        });
        Assert.True(filed.Succeeded, string.Join("; ", filed.Errors.Select(e => e.Message)));
        var request = await Demo.WithDbAsync(fixture.Factory, db => db.ChangeRequests.AsNoTracking().SingleAsync(r => r.AwardId == awardId));
        Assert.Equal(ChangeRequestStatus.Pending, request.Status);
        Assert.Equal(20m, request.TotalChangePercent);

        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var list = await Committee.ListAsync(staff, new CommitteeAwardFilter(Attention: AwardAttention.ChangePending), new PageRequest(PageSize: 100), CancellationToken.None);
        Assert.Equal(1, list.Page.Items.Single(r => r.Id == awardId).PendingChanges);
        Assert.True(list.Totals.PendingChanges >= 1);

        var noText = await Committee.DecideChangeAsync(awardId, new ChangeDecision { RequestId = request.Id, Approve = true, Decision = "  " }, staff, CancellationToken.None);
        var noTextError = Assert.Single(noText.Errors);
        Assert.Equal(nameof(ChangeDecision.Decision), noTextError.Field);
        Assert.Contains("请填写书面意见", noTextError.Message, StringComparison.Ordinal);
        Assert.Equal(ChangeRequestStatus.Pending, await Demo.WithDbAsync(fixture.Factory, db => db.ChangeRequests.Where(r => r.Id == request.Id).Select(r => r.Status).SingleAsync()));

        var decided = await Committee.DecideChangeAsync(awardId, new ChangeDecision { RequestId = request.Id, Approve = true, Decision = "经研究，同意总投资调整为 240 万元" }, staff, CancellationToken.None);
        Assert.True(decided.Succeeded, string.Join("; ", decided.Errors.Select(e => e.Message)));
        request = await Demo.WithDbAsync(fixture.Factory, db => db.ChangeRequests.AsNoTracking().SingleAsync(r => r.AwardId == awardId));
        Assert.Equal(ChangeRequestStatus.Approved, request.Status);
        Assert.Equal("经研究，同意总投资调整为 240 万元", request.Decision);

        var notices = await Demo.WithDbAsync(fixture.Factory, db => db.Notifications.AsNoTracking()
            .Where(n => n.EnterpriseId == enterpriseId && n.Link == $"/enterprise/awards/{awardId}").Select(n => n.TextZh).ToListAsync());
        Assert.Contains(notices, n => n.Contains("已获书面同意", StringComparison.Ordinal));
        var actions = await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.AsNoTracking()
            .Where(e => e.SubjectId == awardId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["ChangeRequested", "ChangeApproved"], actions.TakeLast(2));

        using var enterprise = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var mine = await enterprise.GetPageAsync($"/enterprise/awards/{awardId}");
        Assert.NotNull(mine.QuerySelector("[data-testid=change-requests] tr[data-status=Approved]"));
    }

    [Fact]
    public async Task An_investment_change_below_both_thresholds_is_refused_with_a_message_that_no_approval_is_needed()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 40_000m);
        var filing = new ChangeFiling
        {
            Kind = ChangeKind.Investment,
            Description = "小幅调整",
            PlannedTotal = 1_000_000m,
            NewTotal = 1_099_900m,
            StructurePercent = 49.99m,
        };
        var response = await FileAsync(awardId, filing);
        var error = Assert.Single(response.Errors);
        Assert.Equal(nameof(ChangeFiling.NewTotal), error.Field);
        Assert.Contains("无需报批", error.Message, StringComparison.Ordinal);
        // The form gives the same answer beside the new total as soon as the figures are in.
        var onLeave = new ChangeFilingValidator([]).Validate(filing, o => o.IncludeProperties(nameof(ChangeFiling.NewTotal)));
        Assert.Equal(error.Message, Assert.Single(onLeave.Errors).ErrorMessage);
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.ChangeRequests.AnyAsync(r => r.AwardId == awardId)));
    }

    [Fact]
    public async Task A_second_request_of_the_same_kind_waits_for_the_first_and_staff_may_refuse_in_writing()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 40_000m);
        var filing = new ChangeFiling { Kind = ChangeKind.PlaceOrPeriod, Description = "实施期限延长一年" };
        Assert.True((await FileAsync(awardId, filing)).Succeeded);
        var second = await FileAsync(awardId, filing);
        var error = Assert.Single(second.Errors);
        Assert.Equal(nameof(ChangeFiling.Kind), error.Field);
        Assert.Contains("等待审批", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Demo.WithDbAsync(fixture.Factory, db => db.ChangeRequests.CountAsync(r => r.AwardId == awardId)));
        // The form knows the kind already waits, from the award page's view.
        var view = await Awards.DetailAsync(awardId, await Demo.ActorAsync(fixture.Factory, Demo.Applicant), CancellationToken.None);
        Assert.Equal([ChangeKind.PlaceOrPeriod], view!.PendingKinds);
        Assert.Equal(error.Message, Assert.Single(new ChangeFilingValidator(view.Changes).Validate(filing, o => o.IncludeProperties(nameof(ChangeFiling.Kind))).Errors).ErrorMessage);

        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var pending = (await Committee.DetailAsync(awardId, staff, CancellationToken.None))!.PendingChanges.Single();
        var noChoice = await Committee.DecideChangeAsync(awardId, new ChangeDecision { RequestId = pending.Id, Decision = "延期理由不充分，不予同意" }, staff, CancellationToken.None);
        Assert.Contains("请选择同意或不同意", Assert.Single(noChoice.Errors, e => e.Field == nameof(ChangeDecision.Approve)).Message, StringComparison.Ordinal);
        var refused = await Committee.DecideChangeAsync(awardId, new ChangeDecision { RequestId = pending.Id, Approve = false, Decision = "延期理由不充分，不予同意" }, staff, CancellationToken.None);
        Assert.True(refused.Succeeded, string.Join("; ", refused.Errors.Select(e => e.Message)));
        Assert.Equal(ChangeRequestStatus.Refused, await Demo.WithDbAsync(fixture.Factory, db => db.ChangeRequests.Where(r => r.AwardId == awardId).Select(r => r.Status).SingleAsync()));
        Assert.True((await FileAsync(awardId, filing)).Succeeded);
    }

    [Fact]
    public async Task The_enterprise_page_offers_no_decision_and_the_committee_page_refuses_the_enterprise()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 40_000m);
        Assert.True((await FileAsync(awardId, new ChangeFiling { Kind = ChangeKind.Content, Description = "调整研发内容" })).Succeeded);
        using var enterprise = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var page = await enterprise.GetPageAsync($"/enterprise/awards/{awardId}");
        Assert.Null(page.QuerySelector("[data-testid^=decide-change]"));
        var committee = await enterprise.Http.GetAsync($"/committee/awards/{awardId}");
        Assert.Equal(HttpStatusCode.Redirect, committee.StatusCode);
        Assert.StartsWith("/account/access-denied", committee.LocationPath(), StringComparison.Ordinal);

        // Nor does the committee's use case answer the enterprise: the request stays pending.
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        var requestId = await Demo.WithDbAsync(fixture.Factory, db => db.ChangeRequests.Where(r => r.AwardId == awardId).Select(r => r.Id).SingleAsync());
        Assert.Null(await Committee.DetailAsync(awardId, applicant, CancellationToken.None));
        var selfApproved = await Committee.DecideChangeAsync(awardId, new ChangeDecision { RequestId = requestId, Approve = true, Decision = "自行同意" }, applicant, CancellationToken.None);
        Assert.False(selfApproved.Succeeded);
        Assert.Equal(ChangeRequestStatus.Pending, await Demo.WithDbAsync(fixture.Factory, db => db.ChangeRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync()));
    }
}
