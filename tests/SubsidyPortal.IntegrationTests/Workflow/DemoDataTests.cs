using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>The seeded portal shows calls and applications in every state, each with its audit trail.</summary>
public sealed class DemoDataTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Demo_data_has_an_application_in_every_state_but_revoked()
    {
        var states = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Select(a => a.Status).Distinct().ToListAsync());
        var expected = Enum.GetValues<ApplicationStatus>().Except([ApplicationStatus.Revoked]);
        Assert.All(expected, s => Assert.Contains(s, states));
    }

    [Fact]
    public async Task Every_demo_application_has_an_unbroken_audit_trail_ending_in_its_state()
    {
        var applications = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().ToListAsync());
        var events = await Demo.WithDbAsync(fixture.Factory, db => db.ApplicationEvents.AsNoTracking().ToListAsync());
        foreach (var application in applications)
        {
            var trail = events.Where(e => e.ApplicationId == application.Id).OrderBy(e => e.Sequence).ToList();
            Assert.Equal(Enumerable.Range(1, application.HistoryCount), trail.Select(e => e.Sequence));
            Assert.Equal(application.Status, trail[^1].To);
        }
    }

    [Fact]
    public async Task The_demo_calls_include_an_open_one_and_a_ten_working_day_notice_for_the_innovation_award()
    {
        var calls = await Demo.WithDbAsync(fixture.Factory, db => db.Calls.AsNoTracking().ToListAsync());
        var today = fixture.Factory.Clock is SubsidyPortal.Application.Abstractions.IClock clock ? clock.Today : default;
        Assert.Contains(calls, c => c.IsOpenOn(today));
        Assert.Contains(calls, c => c.NoticeWorkingDays == 10);
    }
}
