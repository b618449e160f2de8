using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>
/// A refused decision says why in Chinese, beside its field, and changes nothing (ICommitteeReview, what the review
/// page calls; that the page keeps what was typed is pinned in CommitteeJourneyTests).
/// </summary>
public sealed class DecisionFormTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private ICommitteeReview Review => fixture.Factory.Services.GetRequiredService<ICommitteeReview>();

    private Task<ApplicationStatus> StatusAsync(Guid id) =>
        Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    [Fact]
    public async Task A_return_without_a_reason_is_refused_and_nothing_changes()
    {
        var application = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PreliminaryReview);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);

        var result = await Review.DecideAsync(application.Id, ApplicationAction.ReturnForCorrection, " ", new DateOnly(2026, 12, 10), staff, CancellationToken.None);

        Assert.Contains("请填写理由", Assert.Single(result.Errors, e => e.Field == "Reason").Message, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.PreliminaryReview, await StatusAsync(application.Id));
    }

    [Fact]
    public async Task A_return_with_a_deadline_today_is_refused_beside_the_deadline()
    {
        var application = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PreliminaryReview);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var today = ((SubsidyPortal.Application.Abstractions.IClock)fixture.Factory.Clock).Today;

        var result = await Review.DecideAsync(application.Id, ApplicationAction.ReturnForCorrection, "请补充盖章合同。", today, staff, CancellationToken.None);

        Assert.Contains("晚于今天", Assert.Single(result.Errors, e => e.Field == "Deadline").Message, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.PreliminaryReview, await StatusAsync(application.Id));
    }

    [Fact]
    public async Task The_page_offers_only_the_decisions_valid_now_and_refuses_the_rest()
    {
        var application = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PreliminaryReview);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);

        var view = await Review.ReviewAsync(application.Id, staff, CancellationToken.None);

        Assert.Equal([ApplicationAction.PassPreliminaryReview, ApplicationAction.ReturnForCorrection, ApplicationAction.Reject], view!.Decisions);
        Assert.Equal("committee.preliminary", view.QueueKey);
        Assert.Contains(view.Findings, f => f.Code == "credit-clear");
        var propose = await Review.DecideAsync(application.Id, ApplicationAction.Propose, null, null, staff, CancellationToken.None);
        Assert.Contains("不能进行此操作", Assert.Single(propose.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.PreliminaryReview, await StatusAsync(application.Id));
    }

    [Fact]
    public async Task A_stale_decision_is_refused_with_the_services_chinese_message()
    {
        var application = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.ReturnedForCorrection);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);

        // Shown as 初审 a moment ago; it has since gone back to the enterprise.
        var result = await Review.DecideAsync(application.Id, ApplicationAction.PassPreliminaryReview, null, null, staff, CancellationToken.None);

        Assert.Equal("该申报当前所处环节不能进行此操作。", Assert.Single(result.Errors).Message);
        Assert.Equal(ApplicationStatus.ReturnedForCorrection, await StatusAsync(application.Id));
    }

    [Fact]
    public async Task Another_role_sees_nothing_and_decides_nothing()
    {
        var application = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PreliminaryReview);
        var town = await Demo.ActorAsync(fixture.Factory, Demo.Town);

        Assert.Null(await Review.ReviewAsync(application.Id, town, CancellationToken.None));
        Assert.False((await Review.DecideAsync(application.Id, ApplicationAction.PassPreliminaryReview, null, null, town, CancellationToken.None)).Succeeded);
        Assert.Equal(ApplicationStatus.PreliminaryReview, await StatusAsync(application.Id));
    }
}
