using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Work;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>The counts beside a role's navigation links are what its home queue says waits behind them.</summary>
public sealed class NavigationCountTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private IWorkQueues Queues => fixture.Factory.Services.GetRequiredService<IWorkQueues>();

    private static int Count(WorkQueue queue, string key) => queue.Sections.Single(s => s.Key == key).Count;

    [Fact]
    public async Task The_committees_links_count_imports_to_confirm_and_award_work_waiting()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var queue = await Queues.QueueAsync(staff, CancellationToken.None);
        var counts = await Queues.NavigationCountsAsync(staff, CancellationToken.None);

        Assert.Equal(Count(queue, "committee.imports"), counts.GetValueOrDefault("committee.entitlements"));
        Assert.Equal(Count(queue, "committee.changes") + Count(queue, "committee.reports"), counts.GetValueOrDefault("committee.awards"));
        Assert.DoesNotContain(counts, c => c.Value == 0);
    }

    [Fact]
    public async Task The_experts_link_counts_its_open_assignments()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, "expert@demo.local");
        var queue = await Queues.QueueAsync(staff, CancellationToken.None);
        var counts = await Queues.NavigationCountsAsync(staff, CancellationToken.None);

        Assert.True(queue.Total > 0);
        Assert.Equal(queue.Total, counts["expert.assignments"]);
    }
}
