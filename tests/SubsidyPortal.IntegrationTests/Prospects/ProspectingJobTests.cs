using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Application.Prospects;
using SubsidyPortal.Domain.Prospects;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Infrastructure.Enterprises;
using SubsidyPortal.Infrastructure.Prospects;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Prospects;

/// <summary>
/// Issue 13 point 7, 政策找企业: the job evaluates every clause in force for every enterprise (each day, and when a
/// profile changes) against PostgreSQL, shared safely by several workers; the home, the committee's lists and the
/// self-check agree on what matches; a new match is one message.
/// </summary>
public sealed class ProspectingJobTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static readonly Dictionary<string, string> NoAnswers = [];

    private ProspectingJob Job => fixture.Factory.Services.GetRequiredService<ProspectingJob>();

    private IClauseProspects Prospects => fixture.Factory.Services.GetRequiredService<IClauseProspects>();

    private Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> use) => Demo.WithDbAsync(fixture.Factory, use);

    /// <summary>Every enterprise matched now (the day's sweep starts once; the tests move profiles and the clock).</summary>
    private async Task MatchEveryoneAsync()
    {
        await Job.StartSweepAsync(CancellationToken.None);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ProspectRequests.AddRange((await db.Enterprises.Select(e => e.Id).ToListAsync()).Select(id => ProspectRequest.For(id, DateTimeOffset.UtcNow)));
            await db.SaveChangesAsync();
        }

        await Job.DrainAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData(Demo.Applicant)]
    [InlineData(Demo.OtherApplicant)]
    public async Task The_home_lists_what_the_self_check_finds_before_any_answer(string email)
    {
        await MatchEveryoneAsync();
        var applicant = await Demo.ActorAsync(fixture.Factory, email);

        var home = (await Prospects.ForApplicantAsync(applicant, 100, CancellationToken.None))!;
        var check = (await fixture.Factory.Services.GetRequiredService<IEligibilitySelfCheck>().CheckAsync(applicant, NoAnswers, CancellationToken.None))!;

        Assert.NotEmpty(home.Items);
        Assert.False(home.Pending);
        var checker = check.Claimable.Concat(check.Likely).Select(c => c.Clause.Id).ToHashSet();
        Assert.All(home.Items, m => Assert.Contains(m.Clause.Id, checker));
        Assert.All(home.Items, m => Assert.InRange(m.Missing.Count, m.Kind == ProspectKind.Eligible ? 0 : 1, ClauseProspect.MaxMissingFacts));
        var applied = await AppliedClausesAsync(applicant.EnterpriseId!.Value);
        foreach (var likely in check.Likely.Where(c => !home.Items.Any(m => m.Clause.Id == c.Clause.Id)))
        {
            // The only ones left off the home are those it has already applied for.
            Assert.Contains(likely.Clause.Id, applied);
        }
    }

    [Fact]
    public async Task An_enterprise_outside_the_Dalinghaowan_area_is_not_matched_to_its_measures_but_one_inside_is()
    {
        await MatchEveryoneAsync();
        var home = (await Prospects.ForApplicantAsync(await Demo.ActorAsync(fixture.Factory, Demo.Applicant), 100, CancellationToken.None))!;

        Assert.DoesNotContain(home.Items, m => m.Clause.Policy.Id == DalinghaowanPolicy.Id);
        var littleGiant = Assert.Single(home.Items, m => m.Clause.Id == "changning-2024/3-district-little-giant");
        Assert.Equal(ProspectKind.Likely, littleGiant.Kind);
        Assert.Equal("operatingNormally", Assert.Single(littleGiant.Missing).Key);

        var enterpriseId = await Demo.EnterpriseOfAsync(fixture.Factory, Demo.Applicant);
        await SaveProfileAsync(enterpriseId, DalinghaowanPolicy.AreaParkName, null, Domain.Reference.District.Minhang);
        await Job.DrainAsync(CancellationToken.None);
        home = (await Prospects.ForApplicantAsync(await Demo.ActorAsync(fixture.Factory, Demo.Applicant), 100, CancellationToken.None))!;
        Assert.Contains(home.Items, m => m.Clause.Policy.Id == DalinghaowanPolicy.Id);
        Assert.DoesNotContain(home.Items, m => m.Missing.Any(f => f.Key == DalinghaowanPolicy.LocatedKey));

        await SaveProfileAsync(enterpriseId, "新泾镇", null, Domain.Reference.District.Changning);
        await Job.DrainAsync(CancellationToken.None);
    }

    private async Task SaveProfileAsync(Guid enterpriseId, string town, Domain.Enterprises.Industry? industry, Domain.Reference.District? district = null)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<EnterpriseProfileService>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var input = (await profiles.LoadAsync(enterpriseId, CancellationToken.None))!;
        input.TownOrParkId = (await db.TownsOrParks.SingleAsync(t => t.Name == town)).Id;
        input.Industry = industry ?? input.Industry;
        input.RegisteredDistrict = district ?? input.RegisteredDistrict;
        var saved = await profiles.SaveAsync(enterpriseId, input, CancellationToken.None);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
    }

    [Fact]
    public async Task A_profile_change_queues_the_enterprise_in_the_same_save_and_a_new_match_sends_one_message()
    {
        await MatchEveryoneAsync();
        var enterpriseId = await Demo.EnterpriseOfAsync(fixture.Factory, Demo.OtherApplicant);
        var before = await WithDbAsync(db => db.ClauseProspects.Where(m => m.EnterpriseId == enterpriseId).Select(m => m.ClauseId).ToListAsync());

        // The enterprise moves into the 大零号湾 area.
        var home = await WithDbAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => new { e.TownOrParkId, e.RegisteredDistrict }).SingleAsync());
        var homeTown = await WithDbAsync(db => db.TownsOrParks.Where(t => t.Id == home.TownOrParkId).Select(t => t.Name).SingleAsync());
        await SaveProfileAsync(enterpriseId, DalinghaowanPolicy.AreaParkName, null, Domain.Reference.District.Minhang);

        Assert.True(await WithDbAsync(db => db.ProspectRequests.AnyAsync(r => r.EnterpriseId == enterpriseId)));
        var messagesBefore = await WithDbAsync(db => db.Notifications.CountAsync(n => n.EnterpriseId == enterpriseId));

        await Job.DrainAsync(CancellationToken.None);

        var after = await WithDbAsync(db => db.ClauseProspects.Where(m => m.EnterpriseId == enterpriseId).Select(m => m.ClauseId).ToListAsync());
        var found = after.Except(before).ToList();
        Assert.NotEmpty(found);
        var messages = await WithDbAsync(db => db.Notifications.Where(n => n.EnterpriseId == enterpriseId).OrderByDescending(n => n.CreatedAt).ToListAsync());
        Assert.Equal(messagesBefore + 1, messages.Count);
        Assert.Contains("可能符合的政策条款", messages[0].TextZh, StringComparison.Ordinal);
        Assert.Contains(PolicyCatalog.Find(found[0])!.TitleZh, messages[0].TextZh, StringComparison.Ordinal);
        Assert.Equal("/enterprise#prospects", messages[0].Link);

        // Matching again finds nothing new: no second message.
        await Job.StartSweepAsync(CancellationToken.None);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ProspectRequests.Add(ProspectRequest.For(enterpriseId, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        await Job.DrainAsync(CancellationToken.None);
        Assert.Equal(messagesBefore + 1, await WithDbAsync(db => db.Notifications.CountAsync(n => n.EnterpriseId == enterpriseId)));

        await SaveProfileAsync(enterpriseId, homeTown, null, home.RegisteredDistrict);
        await Job.DrainAsync(CancellationToken.None);
        Assert.Empty(await WithDbAsync(db => db.ClauseProspects.Where(m => m.EnterpriseId == enterpriseId && m.PolicyId == DalinghaowanPolicy.Id).ToListAsync()));
    }

    [Fact]
    public async Task Workers_draining_the_queue_at_once_take_each_request_once_and_store_each_match_once()
    {
        await MatchEveryoneAsync();
        var expected = await WithDbAsync(db => db.ClauseProspects.OrderBy(m => m.EnterpriseId).ThenBy(m => m.ClauseId).Select(m => m.EnterpriseId + "|" + m.ClauseId + "|" + m.Kind).ToListAsync());
        var enterprises = await WithDbAsync(db => db.Enterprises.Select(e => e.Id).ToListAsync());
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            // Every enterprise queued three times over, as a busy day's profile saves and a sweep would.
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            foreach (var id in enterprises.Concat(enterprises).Concat(enterprises))
            {
                db.ProspectRequests.Add(ProspectRequest.For(id, DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        var second = ActivatorUtilities.CreateInstance<ProspectingJob>(fixture.Factory.Services);
        var passes = await Task.WhenAll(Job.DrainAsync(CancellationToken.None), second.DrainAsync(CancellationToken.None), Job.DrainAsync(CancellationToken.None));

        Assert.Equal(0, await WithDbAsync(db => db.ProspectRequests.CountAsync()));
        Assert.InRange(passes.Sum(p => p.Enterprises), enterprises.Count, 3 * enterprises.Count);
        Assert.All(passes, p => Assert.Equal(0, p.NewProspects));
        // Nothing changed, so nothing was written again.
        Assert.All(passes, p => Assert.Equal(0, p.Written));
        var stored = await WithDbAsync(db => db.ClauseProspects.OrderBy(m => m.EnterpriseId).ThenBy(m => m.ClauseId).Select(m => m.EnterpriseId + "|" + m.ClauseId + "|" + m.Kind).ToListAsync());
        Assert.Equal(expected, stored);
    }

    [Fact]
    public async Task Matching_an_unchanged_enterprise_again_rewrites_none_of_its_rows()
    {
        await MatchEveryoneAsync();
        // xmin is the transaction that last wrote a row: an update, even to the same values, changes it.
        const string Versions = "SELECT coalesce(string_agg(clause_id || ':' || xmin::text, ',' ORDER BY enterprise_id, clause_id), '') AS \"Value\" FROM clause_prospects";
        var before = await WithDbAsync(db => db.Database.SqlQueryRaw<string>(Versions).SingleAsync());
        Assert.NotEqual(string.Empty, before);

        fixture.Factory.Clock.Advance(TimeSpan.FromHours(1));
        try
        {
            await MatchEveryoneAsync();
        }
        finally
        {
            fixture.Factory.Clock.Advance(TimeSpan.FromHours(-1));
        }

        Assert.Equal(before, await WithDbAsync(db => db.Database.SqlQueryRaw<string>(Versions).SingleAsync()));
    }

    [Fact]
    public async Task The_sweep_queues_every_enterprise_once_a_day()
    {
        await MatchEveryoneAsync();
        Assert.Equal(0, await Job.StartSweepAsync(CancellationToken.None));

        fixture.Factory.Clock.Advance(TimeSpan.FromDays(1));
        try
        {
            var enterprises = await WithDbAsync(db => db.Enterprises.CountAsync());
            var both = await Task.WhenAll(Job.StartSweepAsync(CancellationToken.None), ActivatorUtilities.CreateInstance<ProspectingJob>(fixture.Factory.Services).StartSweepAsync(CancellationToken.None));
            Assert.Equal(enterprises, both.Sum());
            Assert.Contains(0, both);
            await Job.DrainAsync(CancellationToken.None);
        }
        finally
        {
            fixture.Factory.Clock.Advance(TimeSpan.FromDays(-1));
        }
    }

    [Fact]
    public async Task Committee_staff_see_their_authority_s_clauses_with_the_enterprises_that_have_not_applied()
    {
        await MatchEveryoneAsync();
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var jinshanOnly = staff with { Authorities = AuthorityScope.Only([AdministeringAuthorities.JinshanId]) };

        var all = await Prospects.ClausesAsync(staff, CancellationToken.None);
        var jinshan = await Prospects.ClausesAsync(jinshanOnly, CancellationToken.None);

        Assert.Contains(all, c => c.Prospects > 0);
        Assert.All(jinshan, c => Assert.Equal(JinshanPolicy.Id, c.Clause.Policy.Id));
        var matched = all.First(c => c.NotApplied > 0 && c.Clause.Policy.Id == ChangningPolicy.Id);
        var list = (await Prospects.EnterprisesAsync(staff, matched.Clause.Id, new ProspectFilter(), new PageRequest(), CancellationToken.None))!;
        Assert.Equal(matched.NotApplied, list.Total);
        Assert.All(list.Items, e => Assert.False(e.Applied));
        Assert.Null(await Prospects.EnterprisesAsync(jinshanOnly, matched.Clause.Id, new ProspectFilter(), new PageRequest(), CancellationToken.None));
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        Assert.Empty(await Prospects.ClausesAsync(applicant, CancellationToken.None));
        Assert.Null(await Prospects.EnterprisesAsync(applicant, matched.Clause.Id, new ProspectFilter(), new PageRequest(), CancellationToken.None));

        var byEnterprise = await Prospects.ForEnterpriseAsync(staff, list.Items[0].EnterpriseId, CancellationToken.None);
        Assert.Contains(byEnterprise, m => m.Clause.Id == matched.Clause.Id);
    }

    private Task<List<string>> AppliedClausesAsync(Guid enterpriseId) => WithDbAsync(db =>
        db.Applications.Where(a => a.EnterpriseId == enterpriseId && a.Status != Domain.Applications.ApplicationStatus.Draft && a.Status != Domain.Applications.ApplicationStatus.Withdrawn)
            .Select(a => a.ClauseId).Union(db.Awards.Where(a => a.EnterpriseId == enterpriseId).Select(a => a.ClauseId)).ToListAsync());
}
