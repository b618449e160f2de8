using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>Two simultaneous submits, passes or approvals of one application have exactly one effect.</summary>
public sealed class ConcurrencyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private async Task<CommandResult[]> RaceAsync(int count, Func<IServiceProvider, Task<CommandResult>> act)
    {
        var start = new TaskCompletionSource();
        var tasks = Enumerable.Range(0, count).Select(async _ =>
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            await start.Task;
            return await act(scope.ServiceProvider);
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(tasks);
    }

    private Task<int> EventsAsync(Guid id, string action) =>
        Demo.WithDbAsync(fixture.Factory, db => db.ApplicationEvents.CountAsync(e => e.ApplicationId == id && e.Action == action));

    [Fact]
    public async Task Two_simultaneous_passes_have_one_effect()
    {
        var application = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PreliminaryReview);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);

        // Through the review page's use case: each call runs in its own scope, as two staff members' clicks would.
        var results = await RaceAsync(2, sp => sp.GetRequiredService<ICommitteeReview>()
            .DecideAsync(application.Id, ApplicationAction.PassPreliminaryReview, null, null, staff, CancellationToken.None));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(1, await EventsAsync(application.Id, nameof(ApplicationAction.PassPreliminaryReview)));
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.NotEmpty(loser.Errors[0].Message);
    }

    [Fact]
    public async Task Two_simultaneous_submits_have_one_effect()
    {
        var draft = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.Draft);
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        Assert.Equal(applicant.EnterpriseId, draft.EnterpriseId);

        var results = await RaceAsync(2, sp => sp.GetRequiredService<ApplicationFilingService>()
            .SubmitAsync(draft.Id, pledged: true, applicant, CancellationToken.None));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(1, await EventsAsync(draft.Id, nameof(ApplicationAction.Submit)));
    }

    [Fact]
    public async Task Eight_simultaneous_approval_rounds_approve_an_application_once()
    {
        var onNotice = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PublicNotice);
        fixture.Factory.Clock.MoveTo(onNotice.NoticeLastDay!.Value.AddDays(1));
        var job = fixture.Factory.Services.GetRequiredService<NoticeApprovalJob>();

        var approved = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => job.RunOnceAsync(CancellationToken.None)));

        Assert.Equal(1, approved.Sum());
        Assert.Equal(1, await EventsAsync(onNotice.Id, nameof(ApplicationAction.Approve)));
        var status = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == onNotice.Id).Select(a => a.Status).SingleAsync());
        Assert.Equal(ApplicationStatus.Approved, status);
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_rewritten_even_by_the_portals_own_account()
    {
        var any = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.Rejected);
        var update = await Record.ExceptionAsync(() => Demo.WithDbAsync(fixture.Factory, db =>
            db.Database.ExecuteSqlInterpolatedAsync($"UPDATE application_events SET reason = 'rewritten' WHERE application_id = {any.Id}")));
        var delete = await Record.ExceptionAsync(() => Demo.WithDbAsync(fixture.Factory, db =>
            db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM application_events WHERE application_id = {any.Id}")));

        Assert.Contains("append-only", update!.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete!.Message, StringComparison.Ordinal);
    }
}
