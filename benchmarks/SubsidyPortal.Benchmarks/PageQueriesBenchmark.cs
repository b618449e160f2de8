using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Dashboards;
using SubsidyPortal.Application.Finance;
using SubsidyPortal.Application.Notices;
using SubsidyPortal.Application.Reference;
using SubsidyPortal.Application.Towns;
using SubsidyPortal.Application.Work;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Benchmarks;

/// <summary>
/// What each work page asks of the database when it is opened, through the interface the page calls (a work page's
/// lists load over its circuit, so an HTTP load generator sees only the prerendered frame): N concurrent callers for
/// a fixed time per page, each call in its own scope as on a circuit. Then the same view's SQL alone in pgbench
/// (<see cref="PageSql"/>), same clients, same time. Prints a Markdown table: calls/s, p50, p95, p99, the answer's
/// rows, the SQL's views/s in pgbench, the page's share of it, and the large tables its SQL reads whole (EXPLAIN).
/// Usage: ... -- pages [SECONDS] [CONCURRENCY]   (ConnectionStrings__Portal: a database with seed-scale data)
/// </summary>
public static class PageQueriesBenchmark
{
    private sealed record Roles(Actor Staff, Actor Town, Actor Finance, Actor Applicant, Actor Expert, Guid NoticeId);

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
        using var listening = PageSql.Listen();
        var services = Services(new Dictionary<string, string?>());
        // The dashboard twice: as viewers get it (one filter's figures shared for Dashboard:CacheSeconds) and as the
        // first viewer after the figures expire gets it (every view reads).
        var unshared = Services(new Dictionary<string, string?> { ["Dashboard:CacheSeconds"] = "0" });
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString("Portal")!;
        var scripts = Environment.GetEnvironmentVariable("BENCH_SQL_DIR") ?? Path.GetTempPath();
        Directory.CreateDirectory(scripts);

        var roles = await RolesAsync(services);
        var pages = new (string Page, Func<IServiceProvider, Task<int>> View, IServiceProvider? On)[]
        {
            ("/committee (home queue)", async sp => (await sp.GetRequiredService<IWorkQueues>().QueueAsync(roles.Staff, default)).Total, null),
            ("/committee/applications (first page)", async sp => (await sp.GetRequiredService<ICommitteeCalls>().ApplicationsAsync(new ApplicationListFilter(), new PageRequest(), roles.Staff, default)).Items.Count, null),
            ("/committee/awards (first page, totals)", async sp => (await sp.GetRequiredService<ICommitteeAwards>().ListAsync(roles.Staff, new CommitteeAwardFilter(), new PageRequest(), default)).Page.Items.Count, null),
            ("/dashboard (by policy, figures shared)", async sp => (await sp.GetRequiredService<IDashboard>().LoadAsync(new DashboardFilter(), DashboardDimension.Policy, roles.Staff, default))?.Money.Count ?? 0, null),
            ("/dashboard (by policy, every view reads)", async sp => (await sp.GetRequiredService<IDashboard>().LoadAsync(new DashboardFilter(), DashboardDimension.Policy, roles.Staff, default))?.Money.Count ?? 0, unshared),
            ("/town/applications (first page)", async sp => (await sp.GetRequiredService<ITownOrParkWork>().FilingsAsync(roles.Town, null, new PageRequest(), default)).Items.Count, null),
            ("/finance/payable (first page, sum)", async sp => (await sp.GetRequiredService<IFinanceDesk>().PayableAsync(new PayableFilter(), new PageRequest(), roles.Finance, default)).Items.Count, null),
            ("/finance (home queue)", async sp => (await sp.GetRequiredService<IWorkQueues>().QueueAsync(roles.Finance, default)).Total, null),
            ("/enterprise (home queue)", async sp => (await sp.GetRequiredService<IWorkQueues>().QueueAsync(roles.Applicant, default)).Total, null),
            ("/expert (home queue)", async sp => (await sp.GetRequiredService<IWorkQueues>().QueueAsync(roles.Expert, default)).Total, null),
            ("/staff/enterprises (search)", async sp => (await sp.GetRequiredService<IEnterpriseDirectory>().PageAsync(null, new PageRequest(Search: "样本企业0123"), default)).Items.Count, null),
            ("/notices/{id} (first page, total)", async sp => (await sp.GetRequiredService<IPublicNotices>().NoticeAsync(roles.NoticeId, new PageRequest(0, 50), default))?.Lines.Items.Count ?? 0, null),
            ("navigation counts (every page, staff)", async sp => (await sp.GetRequiredService<IWorkQueues>().NavigationCountsAsync(roles.Staff, default)).Count, null),
        };

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"| Page (what it loads) | calls/s | p50 ms | p95 ms | p99 ms | rows | statements | its SQL alone in pgbench, views/s | page ÷ SQL | large tables read whole |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (var i = 0; i < pages.Length; i++)
        {
            var (page, view, on) = pages[i];
            var provider = on ?? services;
            var (rate, p50, p95, p99, rows) = await MeasureAsync(provider, view, TimeSpan.FromSeconds(seconds), concurrency);
            var statements = await PageSql.CaptureAsync(async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                await view(scope.ServiceProvider);
            });
            var (tps, problem) = await PageSql.PgbenchAsync(statements, connectionString, seconds, concurrency, Path.Combine(scripts, $"page-{i:00}.sql"));
            var sql = tps is { } t ? t.ToString("0", CultureInfo.InvariantCulture) : problem;
            var share = tps is { } s && s > 0 ? (rate / s).ToString("0%", CultureInfo.InvariantCulture) : "–";
            var scans = await PageSql.FullScansAsync(statements, connectionString);
            var scanned = scans.Count == 0 ? "none" : string.Join(", ", scans);
            table.AppendLine(CultureInfo.InvariantCulture, $"| {page} | {rate:0} | {p50:0.0} | {p95:0.0} | {p99:0.0} | {rows} | {statements.Count} | {sql} | {share} | {scanned} |");
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page}: {rate:0}/s p95 {p95:0.0} ms; SQL alone {sql}/s"));
        }

        Console.Write(table);
    }

    private static ServiceProvider Services(Dictionary<string, string?> overrides)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        return new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddPortalInfrastructure(configuration)
            .BuildServiceProvider();
    }

    private static async Task<(double Rate, double P50, double P95, double P99, int Rows)> MeasureAsync(
        IServiceProvider services, Func<IServiceProvider, Task<int>> view, TimeSpan duration, int concurrency)
    {
        async Task<int> OnceAsync()
        {
            await using var scope = services.CreateAsyncScope();
            return await view(scope.ServiceProvider);
        }

        // Warm-up: the first calls compile queries and fill the pools.
        for (var i = 0; i < 3; i++)
        {
            await OnceAsync();
        }

        var latencies = new List<double>[concurrency];
        var rows = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            while (watch.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var count = await OnceAsync();
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Exchange(ref rows, count);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double At(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
        return (all.Length / watch.Elapsed.TotalSeconds, At(0.50), At(0.95), At(0.99), rows);
    }

    private static async Task<Roles> RolesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        async Task<Actor> ActorAsync(string email, string role)
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
            return new Actor(user.Id, user.DisplayName, role, user.EnterpriseId, user.TownOrParkId);
        }

        var notice = await db.PublicNotices.AsNoTracking().OrderByDescending(n => n.PublishedAt).Select(n => n.Id).FirstAsync();
        return new Roles(
            await ActorAsync("staff@demo.local", PortalRoles.CommitteeStaff),
            await ActorAsync("town@demo.local", PortalRoles.TownOrPark),
            await ActorAsync("finance@demo.local", PortalRoles.FinanceStaff),
            await ActorAsync("applicant@demo.local", PortalRoles.Applicant),
            await ActorAsync("expert@demo.local", PortalRoles.Expert),
            notice);
    }
}
