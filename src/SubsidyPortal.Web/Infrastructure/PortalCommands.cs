using Microsoft.AspNetCore.Identity;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Identity;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Seeding;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>Maintenance commands run with the same configuration as the portal, then exit.</summary>
internal static class PortalCommands
{
    private static readonly string[] Names = ["migrate", "create-admin", "print-model-sql", "seed-scale", "prospect-all", "verify-audit", "replay-draw"];

    public static bool Handles(string name) => Names.Contains(name);

    public static async Task<int> RunAsync(string[] args)
    {
        var rest = args.Skip(1).ToArray();
        await using var app = PortalApp.Build(rest);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SubsidyPortal.Commands");
        switch (args[0])
        {
            case "migrate":
                var applied = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<PortalSeeder>().SeedReferenceDataAsync();
                }

                logger.LogInformation("Migrations applied: {Applied}", applied.Count == 0 ? "none pending" : string.Join(", ", applied));
                return 0;

            case "print-model-sql":
                Console.WriteLine(await PortalStores.ModelCreateScriptAsync(app.Services));

                return 0;

            case "create-admin":
                return await CreateAdministratorAsync(app, rest, logger);

            case "seed-scale":
                return await SeedScaleAsync(app, rest, logger);

            case "prospect-all":
                return await MatchAllAsync(app, rest, logger);

            case "verify-audit":
                return await VerifyAuditAsync(app);

            case "replay-draw":
                return await ReplayDrawAsync(app, rest, logger);
        }

        return 2;
    }

    /// <summary>
    /// <c>seed-scale [--enterprises N] [--applications N] [--awards N] [--calls N]</c>: a district's year on top of the
    /// demo data, for measuring. Refused in Production; a second run adds only what is missing.
    /// </summary>
    private static async Task<int> SeedScaleAsync(WebApplication app, string[] args, ILogger logger)
    {
        if (app.Environment.IsProduction())
        {
            logger.LogError("seed-scale generates sample enterprises and money; it does not run in Production.");
            return 2;
        }

        var size = new ScaleSize();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!int.TryParse(args[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                logger.LogError("{Option} takes a whole number, not {Value}.", args[i], args[i + 1]);
                return 2;
            }

            ScaleSize? next = args[i] switch
            {
                "--enterprises" => size with { Enterprises = n },
                "--applications" => size with { Applications = n },
                "--awards" => size with { Awards = n },
                "--calls" => size with { Calls = n },
                _ => null,
            };
            if (next is null)
            {
                logger.LogError("Unknown option {Option}: use --enterprises, --applications, --awards, --calls.", args[i]);
                return 2;
            }

            size = next;
        }

        if (size.Problem() is { } problem)
        {
            logger.LogError("{Problem}", problem);
            return 2;
        }

        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<PortalSeeder>();
        await seeder.SeedReferenceDataAsync();
        await seeder.SeedDemoDataAsync(isProduction: false);
        await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(size, CancellationToken.None);
        logger.LogInformation("Scale data in place: {Size}", size);
        return 0;
    }

    /// <summary>
    /// <c>prospect-all [RUNS]</c>: the 政策找企业 benchmark (docs/performance.md). Each run queues every registered enterprise
    /// and lets the prospecting job work the queue as it does each night — read the profiles from PostgreSQL, evaluate
    /// every clause in force, write the matches and the messages — and prints what it did and how long it took.
    /// </summary>
    private static async Task<int> MatchAllAsync(WebApplication app, string[] args, ILogger logger)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var job = app.Services.GetRequiredService<SubsidyPortal.Infrastructure.Prospects.ProspectingJob>();
        var today = app.Services.GetRequiredService<SubsidyPortal.Application.Abstractions.IClock>().Today;
        var inForce = SubsidyPortal.Domain.Policies.PolicyCatalog.Clauses.Count(c => c.Period.Contains(today));
        for (var run = 1; run <= runs; run++)
        {
            var queued = await job.QueueAllAsync(CancellationToken.None);
            var pass = await job.DrainAsync(CancellationToken.None);
            var seconds = pass.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"run {run}: {queued:N0} queued, {pass.Enterprises:N0} enterprises × {inForce} clauses in force = {(long)pass.Enterprises * inForce:N0} evaluations; {pass.Prospects:N0} prospects, {pass.Written:N0} rows written ({pass.NewProspects:N0} new); {seconds:0.00} s, {pass.Enterprises / seconds:N0} enterprises/s"));
        }

        logger.LogInformation("Prospecting benchmark done on {Day}", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    }

    /// <summary>
    /// <c>verify-audit</c>: walks the application trail, the money trail and the public notices' entries, each line
    /// against the hash of the line before and its own content, and every recorded daily digest against its line; prints
    /// each chain's length and head, and the first line that does not match. Exit 0 when all hold, 1 otherwise.
    /// </summary>
    private static async Task<int> VerifyAuditAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var reports = await scope.ServiceProvider.GetRequiredService<SubsidyPortal.Infrastructure.Audit.AuditChains>().VerifyAsync(CancellationToken.None);
        foreach (var report in reports)
        {
            Console.WriteLine(AuditReportText.Line(report));
        }

        return reports.Any(r => r.Break is not null) ? 1 : 0;
    }

    /// <summary>
    /// <c>replay-draw DRAW-ID|REFERENCE-NUMBER</c>: re-runs a past expert draw (or every draw of an application) from its
    /// record: checks SHA-256 of the revealed seed against the commitment and the pool against its digest and the trail,
    /// re-draws, prints the experts and whether they are the ones assigned. Exit 0 when every draw holds, 1 when one does
    /// not, 2 when nothing was named or found.
    /// </summary>
    private static async Task<int> ReplayDrawAsync(WebApplication app, string[] args, ILogger logger)
    {
        var key = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (string.IsNullOrWhiteSpace(key))
        {
            logger.LogError("Usage: replay-draw DRAW-ID or replay-draw REFERENCE-NUMBER (申报编号).");
            return 2;
        }

        return await ReplayDrawAsync(app.Services, key, Console.Out);
    }

    /// <summary>The body of <c>replay-draw</c>, given the portal's services and where to print.</summary>
    internal static async Task<int> ReplayDrawAsync(IServiceProvider services, string key, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var checks = await scope.ServiceProvider.GetRequiredService<SubsidyPortal.Infrastructure.Workflow.ExpertDrawReplays>().CheckAsync(key, CancellationToken.None);
        if (checks.Count == 0)
        {
            await output.WriteLineAsync($"No expert draw is recorded for {key}.");
            return 2;
        }

        foreach (var check in checks)
        {
            await output.WriteLineAsync(DrawReplayText.Report(check));
        }

        return checks.All(c => c.Holds) ? 0 : 1;
    }

    /// <summary>The production way to get a first administrator: no default password is ever seeded there.</summary>
    private static async Task<int> CreateAdministratorAsync(WebApplication app, string[] args, ILogger logger)
    {
        var email = args.FirstOrDefault(a => !a.StartsWith('-'));
        var password = Environment.GetEnvironmentVariable("SUBSIDYPORTAL_ADMIN_PASSWORD");
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogError("Usage: create-admin EMAIL, with the password in SUBSIDYPORTAL_ADMIN_PASSWORD.");
            return 2;
        }

        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalSeeder>().SeedReferenceDataAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "系统管理员", CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, PortalRoles.Administrator);
        }

        if (!result.Succeeded)
        {
            logger.LogError("Could not create the administrator: {Errors}", string.Join("; ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        logger.LogInformation("Administrator {Email} created", email);
        return 0;
    }
}
