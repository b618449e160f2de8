using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SubsidyPortal.Application.Audit;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Audit;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;
using SubsidyPortal.Web.Infrastructure;

namespace SubsidyPortal.IntegrationTests.Audit;

/// <summary>
/// Issue 14 point 4: the application trail, the money trail and the public notices' entries are chains in which each
/// line holds the hash of the one before. A line altered in the database (behind the portal's back, triggers off) is
/// named by the walk; lines cut off the end show against the day's digest; writers at once still make one chain. Each
/// test puts back what it broke, so the class's database stays whole for the next.
/// </summary>
public sealed class AuditChainTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private async Task<T> WithChainsAsync<T>(Func<AuditChains, Task<T>> use)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AuditChains>());
    }

    private Task<IReadOnlyList<AuditChainReport>> VerifyAsync() => WithChainsAsync(c => c.VerifyAsync(CancellationToken.None));

    /// <summary>SQL as an operator with direct access would run it: the portal's triggers (append-only, chaining) off.</summary>
    private async Task BehindThePortalsBackAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SET session_replication_role = replica; {sql}; SET session_replication_role = origin;", connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_demo_records_make_three_chains_that_hold()
    {
        var reports = await VerifyAsync();

        Assert.Equal(AuditChainNames.All, reports.Select(r => r.Chain));
        Assert.All(reports, r =>
        {
            Assert.True(r.Lines > 0, r.Chain);
            Assert.Null(r.Break);
            Assert.Matches("^[0-9a-f]{64}$", r.HeadHash);
            Assert.EndsWith("— holds", AuditReportText.Line(r), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("application_events", "reason = 'rewritten'")]
    [InlineData("money_events", "amount = coalesce(amount, 0) + 0.01")]
    [InlineData("public_notice_entries", "amount = coalesce(amount, 0) + 10000")]
    public async Task A_line_altered_in_the_database_is_the_first_one_named(string chain, string change)
    {
        var lines = (await VerifyAsync()).Single(r => r.Chain == chain).Lines;
        var position = Math.Max(1, lines / 2);
        await BehindThePortalsBackAsync($"CREATE TABLE kept_{chain} AS SELECT * FROM {chain} WHERE chain_position = {position}; UPDATE {chain} SET {change} WHERE chain_position = {position}");
        try
        {
            var report = (await VerifyAsync()).Single(r => r.Chain == chain);

            Assert.Equal((position, "content"), (report.Break!.Position, report.Break.Problem));
            Assert.Contains($"BROKEN at line {position}", AuditReportText.Line(report), StringComparison.Ordinal);
            // Rewriting its hash as well only moves the break to the next line, whose previous hash no longer matches.
            await BehindThePortalsBackAsync(
                $"SET LOCAL \"TimeZone\" = 'UTC'; UPDATE {chain} t SET line_hash = audit_line_hash('{chain}', t.prev_hash, to_jsonb(t)) WHERE chain_position = {position}");
            var next = (await VerifyAsync()).Single(r => r.Chain == chain).Break;
            if (position < lines)
            {
                Assert.Equal((position + 1, "previous-hash"), (next!.Position, next.Problem));
            }
        }
        finally
        {
            await BehindThePortalsBackAsync($"DELETE FROM {chain} WHERE chain_position = {position}; INSERT INTO {chain} SELECT * FROM kept_{chain}; DROP TABLE kept_{chain}");
        }

        Assert.Null((await VerifyAsync()).Single(r => r.Chain == chain).Break);
    }

    [Fact]
    public async Task Lines_removed_from_the_end_show_against_the_days_digest()
    {
        await WithChainsAsync(c => c.RecordDigestAsync(CancellationToken.None));
        var digest = (await WithChainsAsync(c => c.LatestAsync(CancellationToken.None))).Single(d => d.Chain == AuditChainNames.MoneyTrail);
        // Everything from the recorded head on (other tests may have written after it today).
        await BehindThePortalsBackAsync(
            $"CREATE TABLE kept_tail AS SELECT * FROM money_events WHERE chain_position >= {digest.Position}; DELETE FROM money_events WHERE chain_position >= {digest.Position}");
        try
        {
            var report = (await VerifyAsync()).Single(r => r.Chain == AuditChainNames.MoneyTrail);
            Assert.Equal(("digest", digest.Position, digest.Day), (report.Break!.Problem, report.Break.Position, report.Break.DigestDay));
            Assert.Contains("the digest of", AuditReportText.Line(report), StringComparison.Ordinal);
        }
        finally
        {
            await BehindThePortalsBackAsync("INSERT INTO money_events SELECT * FROM kept_tail; DROP TABLE kept_tail");
        }

        Assert.All(await VerifyAsync(), r => Assert.Null(r.Break));
    }

    [Fact]
    public async Task Writers_at_once_still_make_one_unbroken_chain()
    {
        var before = (await VerifyAsync()).Single(r => r.Chain == AuditChainNames.MoneyTrail).Lines;

        async Task WriteAsync(int writer)
        {
            await using var connection = new NpgsqlConnection(fixture.Factory.ConnectionString);
            await connection.OpenAsync();
            for (var i = 0; i < 25; i++)
            {
                await using var command = new NpgsqlCommand(
                    """
                    INSERT INTO money_events (id, subject_type, subject_id, sequence, action, amount, actor_name, actor_role, at)
                    VALUES (gen_random_uuid(), 'Award', gen_random_uuid(), 1, 'Test', @amount, '测试', 'System', now())
                    """, connection);
                command.Parameters.AddWithValue("amount", writer * 1000m + i);
                await command.ExecuteNonQueryAsync();
            }
        }

        await Task.WhenAll(Enumerable.Range(1, 4).Select(WriteAsync));

        var report = (await VerifyAsync()).Single(r => r.Chain == AuditChainNames.MoneyTrail);
        Assert.Equal(before + 100, report.Lines);
        Assert.Null(report.Break);
    }

    [Fact]
    public async Task A_published_line_stays_as_published_and_the_notices_page_shows_the_days_digest()
    {
        var onNotice = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PublicNotice);
        var listed = await Demo.WithDbAsync(fixture.Factory, db => db.PublicNoticeEntries.AsNoTracking().SingleAsync(e => e.ApplicationId == onNotice.Id));
        // The application's amount changed afterwards (as a careless or dishonest edit would): the notice still reads the published figure.
        await BehindThePortalsBackAsync($"UPDATE applications SET approved_amount = 1 WHERE id = '{onNotice.Id}'");
        using var anonymous = PortalClient.For(fixture.Factory);
        var page = await anonymous.GetPageAsync($"/notices/{onNotice.NoticeId}");
        var shown = page.QuerySelector("[data-testid=notice-entries]")!.TextContent;
        Assert.Contains(SubsidyPortal.Application.Formatting.MoneyText.WanNumber(listed.Amount!.Value), shown, StringComparison.Ordinal);
        Assert.DoesNotContain("0.0001", shown, StringComparison.Ordinal);
        await BehindThePortalsBackAsync($"UPDATE applications SET approved_amount = {listed.Amount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} WHERE id = '{onNotice.Id}'");

        await WithChainsAsync(c => c.RecordDigestAsync(CancellationToken.None));
        var recorded = await WithChainsAsync(c => c.LatestAsync(CancellationToken.None));
        Assert.Equal(AuditChainNames.All.Order(StringComparer.Ordinal), recorded.Select(d => d.Chain));
        var list = await anonymous.GetPageAsync("/notices");
        var digest = list.QuerySelector("[data-testid=audit-digest]")!;
        Assert.Contains("记录校验值", digest.TextContent, StringComparison.Ordinal);
        Assert.All(recorded, d => Assert.Contains(d.Hash, digest.QuerySelector($"[data-chain={d.Chain}]")!.TextContent, StringComparison.Ordinal));
    }
}
