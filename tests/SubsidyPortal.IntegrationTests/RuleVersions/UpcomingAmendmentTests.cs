using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.RuleVersions;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.RuleVersions;

/// <summary>
/// Issue 13 point 6: before an amendment takes effect, committee staff of its authority see what it would decide for
/// each open application under the clause (from the facts it recorded at submission) beside what stands now.
/// </summary>
public sealed class UpcomingAmendmentTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static readonly Domain.Rules.Clause Renewal = PolicyCatalog.Find("changning-2024/6-high-tech-renewal")!;

    private static readonly ApplicationStatus[] Closed =
        [ApplicationStatus.Draft, ApplicationStatus.Withdrawn, ApplicationStatus.Rejected, ApplicationStatus.Approved];

    [Fact]
    public async Task Staff_see_what_a_raised_ceiling_would_change_for_each_open_application_before_it_takes_effect()
    {
        // From 2026-12-15 (the test day is 2026-11-23), up to 150,000 instead of 100,000.
        var amended = new ClauseAmendment(Renewal, new DateOnly(2026, 12, 15), 150_000m);
        await using var factory = fixture.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(new ClauseAmendments([amended]))));
        var versions = factory.Services.GetRequiredService<IRuleVersions>();
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var open = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking()
            .Where(a => a.ClauseId == Renewal.Id && !Closed.Contains(a.Status)).Select(a => a.ReferenceNumber).OrderBy(r => r).ToListAsync());

        var impact = Assert.Single(await versions.UpcomingAsync(staff, CancellationToken.None));

        Assert.Equal(Renewal.Id, impact.Current.Id);
        Assert.Equal(2, impact.Amended.Version.Number);
        Assert.NotEmpty(open);
        Assert.Equal(open, impact.Effects.Where(e => e.Subject == AmendmentSubject.OpenApplication).Select(e => e.Reference));
        var eligible = Assert.Single(impact.Effects, e => e.Subject == AmendmentSubject.OpenApplication && e.OutcomeNow == Domain.Rules.EvaluationOutcome.Eligible);
        Assert.Equal(100_000m, eligible.AmountNow);
        Assert.Equal(150_000m, eligible.AmountThen!.Value);
        Assert.True(eligible.Changes);
    }

    [Fact]
    public async Task Another_authority_s_staff_and_applicants_see_none_and_an_amendment_in_force_is_no_longer_upcoming()
    {
        var amended = new ClauseAmendment(Renewal, new DateOnly(2026, 12, 15), 150_000m);
        var already = new ClauseAmendment(Renewal, new DateOnly(2026, 1, 1), 120_000m);
        await using var factory = fixture.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(new ClauseAmendments([amended, already]))));
        var versions = factory.Services.GetRequiredService<IRuleVersions>();
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);

        Assert.Single(await versions.UpcomingAsync(staff, CancellationToken.None));
        Assert.Empty(await versions.UpcomingAsync(staff with { Authorities = AuthorityScope.Only([AdministeringAuthorities.JinshanId]) }, CancellationToken.None));
        Assert.Empty(await versions.UpcomingAsync(await Demo.ActorAsync(fixture.Factory, Demo.Applicant), CancellationToken.None));
    }
}
