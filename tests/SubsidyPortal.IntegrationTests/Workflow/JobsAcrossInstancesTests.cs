using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Infrastructure.Entitlements;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.IntegrationTests.Entitlements;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>
/// Two portal instances on one database (docs/operations.md) each run the background jobs: every effect happens
/// once. Each instance is a host of its own (own services, own connection pool), as two processes would be.
/// </summary>
public sealed class JobsAcrossInstancesTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private PortalFactory SecondInstance() =>
        new(fixture.Factory.ConnectionString, settings: new Dictionary<string, string?> { ["Seed:DemoData"] = "false" });

    [Fact]
    public async Task Approval_rounds_on_both_instances_at_once_approve_each_application_once()
    {
        await using var second = SecondInstance();
        second.CreateClient().Dispose();
        var onNotice = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PublicNotice);
        var day = onNotice.NoticeLastDay!.Value.AddDays(1);
        fixture.Factory.Clock.MoveTo(day);
        second.Clock.MoveTo(day);
        var due = await Demo.WithDbAsync(fixture.Factory, db => db.Applications
            .Where(a => a.Status == ApplicationStatus.PublicNotice && a.NoticeLastDay < day)
            .Select(a => a.Id).ToListAsync());
        var jobs = new[] { fixture.Factory, second }.Select(f => f.Services.GetRequiredService<NoticeApprovalJob>()).ToList();

        var approved = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => jobs[i % 2].RunOnceAsync(CancellationToken.None)));

        Assert.Equal(due.Count, approved.Sum());
        var approvals = await Demo.WithDbAsync(fixture.Factory, db => db.ApplicationEvents
            .Where(e => due.Contains(e.ApplicationId) && e.Action == nameof(ApplicationAction.Approve))
            .GroupBy(e => e.ApplicationId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(due.Count, approvals.Count);
        Assert.All(approvals, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task A_confirmed_list_processed_by_both_instances_at_once_makes_each_award_once()
    {
        await using var second = SecondInstance();
        second.CreateClient().Dispose();
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2026, "list.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, id);
        Assert.True((await EntitlementSteps.PostConfirmAsync(fixture.Factory, id)).Succeeded);

        var workers = await Task.WhenAll(
            fixture.Factory.Services.GetRequiredService<EntitlementJob>().ProcessAsync(id, CancellationToken.None),
            second.Services.GetRequiredService<EntitlementJob>().ProcessAsync(id, CancellationToken.None));

        Assert.Contains(true, workers);
        Assert.Equal(EntitlementImportStatus.Confirmed, (await EntitlementSteps.ImportAsync(fixture.Factory, id)).Status);
        Assert.Equal(1, await EntitlementSteps.AwardCountAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2026));
    }
}
