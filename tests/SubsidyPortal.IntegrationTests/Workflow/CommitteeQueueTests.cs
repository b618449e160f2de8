using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Work;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>
/// The committee's home: queues by stage with counts and the oldest item's age, each item linking to its review page;
/// the lists and the "next item" follow the same stages.
/// </summary>
public sealed class CommitteeQueueTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private T Use<T>() where T : notnull => fixture.Factory.Services.GetRequiredService<T>();

    [Fact]
    public async Task Stages_come_first_with_their_counts_the_oldest_age_and_links_to_the_review_page()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);

        var queue = await Use<IWorkQueues>().QueueAsync(staff, CancellationToken.None);

        Assert.Equal(["committee.preliminary", "committee.draw", "committee.scoring", "committee.ranking"], queue.Sections.Take(4).Select(s => s.Key));
        var preliminary = queue.Sections[0];
        var waiting = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Status == ApplicationStatus.PreliminaryReview)
            .Select(a => new { a.Id, Since = db.ApplicationEvents.Where(e => e.ApplicationId == a.Id).Max(e => e.At) }).ToListAsync());
        Assert.Equal(waiting.Count, preliminary.Count);
        var today = ((IClock)fixture.Factory.Clock).Today;
        var oldest = waiting.Min(w => w.Since);
        Assert.Equal(today.DayNumber - SubsidyPortal.Application.Formatting.PortalTime.DayOf(oldest).DayNumber, preliminary.OldestWaitingDays);
        var first = Assert.Single(preliminary.Items, i => i.Href == $"/committee/applications/{waiting.MinBy(w => w.Since)!.Id}");
        Assert.Equal(preliminary.OldestWaitingDays, first.WaitingDays);
        Assert.Equal("/committee/applications?stage=Preliminary", preliminary.ListHref);
        Assert.Equal(1, queue.Sections.Single(s => s.Key == "committee.scoring").Count);
    }

    [Fact]
    public async Task The_stage_list_holds_what_the_queue_counts_and_next_skips_the_current_one()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var queue = await Use<IWorkQueues>().QueueAsync(staff, CancellationToken.None);

        foreach (var (key, stage) in new[] { ("committee.preliminary", CommitteeStage.Preliminary), ("committee.draw", CommitteeStage.Draw), ("committee.scoring", CommitteeStage.Scoring) })
        {
            var listed = await Use<ICommitteeCalls>().ApplicationsAsync(new ApplicationListFilter(Stage: stage), new PageRequest(PageSize: 100), staff, CancellationToken.None);
            Assert.Equal(queue.Sections.Single(s => s.Key == key).Count, listed.Total);
            if (listed.Items.Count > 0)
            {
                var current = listed.Items[0];
                var next = await Use<ICommitteeReview>().NextAsync(key, current.Id, staff, CancellationToken.None);
                Assert.Equal(listed.Total - 1, next?.Remaining ?? 0);
                Assert.NotEqual(current.Id, next?.ApplicationId);
            }
        }
    }

    [Fact]
    public async Task The_totals_line_counts_open_calls_and_applications_in_review()
    {
        var totals = await Use<ICommitteeCalls>().TotalsAsync(Actor.System, CancellationToken.None);
        var inReview = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.CountAsync(a =>
            a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.PreliminaryReview || a.Status == ApplicationStatus.ReturnedForCorrection
            || a.Status == ApplicationStatus.ExpertReview || a.Status == ApplicationStatus.ProposedForApproval));

        Assert.Equal(inReview, totals.InReview);
        Assert.True(totals.OpenCalls >= 1);
    }
}
