using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Reference;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Infrastructure.Seeding;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Scale;

/// <summary>
/// The scale generator copies what the domain wrote for the demo data: every copy's audit trail matches its history
/// count, every award's tranches add up to it, every application's clause is in its call, every credit code is valid,
/// and a second run adds nothing.
/// </summary>
public sealed class ScaleSeederTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static readonly ScaleSize Size = new(Enterprises: 40, Applications: 300, Awards: 90, Calls: 6);

    private async Task SeedAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(Size, CancellationToken.None);
    }

    private Task<int> CountAsync(string sql) => Demo.WithDbAsync(fixture.Factory, db => db.Database.SqlQueryRaw<int>(sql).SingleAsync());

    [Fact]
    public async Task A_generated_year_keeps_the_domains_invariants_and_a_second_run_adds_nothing()
    {
        await SeedAsync();

        Assert.Equal(Size.Enterprises, await CountAsync("SELECT count(*)::int AS \"Value\" FROM enterprises WHERE name LIKE '规模样本企业%'"));
        Assert.Equal(Size.Calls, await CountAsync("SELECT count(*)::int AS \"Value\" FROM calls WHERE title_zh LIKE '规模样本%'"));
        Assert.Equal(Size.Applications, await CountAsync("SELECT count(*)::int AS \"Value\" FROM applications WHERE reference_number LIKE 'SC-%'"));
        Assert.Equal(Size.Awards, await CountAsync("SELECT count(*)::int AS \"Value\" FROM awards WHERE award_number LIKE 'ZZ-SC-%'"));

        Assert.Equal(0, await CountAsync("""
            SELECT count(*)::int AS "Value" FROM applications a WHERE a.reference_number LIKE 'SC-%'
              AND a.history_count <> (SELECT count(*) FROM application_events e WHERE e.application_id = a.id)
            """));
        Assert.True(await CountAsync("SELECT count(*)::int AS \"Value\" FROM application_events e JOIN applications a ON a.id = e.application_id WHERE a.reference_number LIKE 'SC-%'") >= Size.Applications);
        Assert.Equal(0, await CountAsync("""
            SELECT count(*)::int AS "Value" FROM applications a JOIN calls c ON c.id = a.call_id
            WHERE a.reference_number LIKE 'SC-%' AND NOT (a.clause_id = ANY (c.clause_ids))
            """));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*)::int AS "Value" FROM awards a WHERE a.award_number LIKE 'ZZ-SC-%'
              AND (a.amount <> (SELECT coalesce(sum(t.amount), 0) FROM award_tranches t WHERE t.award_id = a.id)
                   OR a.history_count <> (SELECT count(*) FROM money_events m WHERE m.subject_id = a.id))
            """));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*)::int AS "Value" FROM award_tranches t JOIN awards a ON a.id = t.award_id
            WHERE a.award_number LIKE 'ZZ-SC-%' AND (t.status IN ('Paid', 'InBatch') OR (a.status = 'Revoked' AND t.status <> 'Stopped'))
            """));
        var codes = await Demo.WithDbAsync(fixture.Factory, db => db.Enterprises.AsNoTracking().Where(e => e.Name.StartsWith("规模样本企业")).Select(e => e.Uscc).ToListAsync());
        Assert.All(codes, code => Assert.Null(UnifiedSocialCreditCode.TryParse(code.Value, out _)));

        // The pages' queries read the generated rows like any others.
        var directory = fixture.Factory.Services.GetRequiredService<IEnterpriseDirectory>();
        var found = await directory.PageAsync(null, new PageRequest(PageSize: 10, Search: "规模样本企业000040"), CancellationToken.None);
        Assert.Equal("规模样本企业000040有限公司", Assert.Single(found.Items).Name);

        await SeedAsync();
        Assert.Equal(Size.Applications, await CountAsync("SELECT count(*)::int AS \"Value\" FROM applications WHERE reference_number LIKE 'SC-%'"));
        Assert.Equal(Size.Awards, await CountAsync("SELECT count(*)::int AS \"Value\" FROM awards WHERE award_number LIKE 'ZZ-SC-%'"));
    }

    [Fact]
    public void Counts_out_of_range_are_refused_before_anything_is_written()
    {
        Assert.NotNull(new ScaleSize(Enterprises: 0).Problem());
        Assert.NotNull(new ScaleSize(Applications: -1).Problem());
        Assert.NotNull(new ScaleSize(Calls: ScaleSize.Maximum + 1).Problem());
        Assert.Null(new ScaleSize().Problem());
    }
}
