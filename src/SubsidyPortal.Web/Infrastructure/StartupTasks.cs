using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Seeding;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// At start: apply migrations (under the advisory lock, so several instances may start together), seed
/// reference data, and seed demo data when asked to outside Production. A failure stops the start.
/// </summary>
internal sealed class StartupTasks(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment, ILogger<StartupTasks> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            var applied = await migrator.MigrateAsync(cancellationToken);
            logger.LogInformation("Schema up to date ({Count} migration(s) applied now)", applied.Count);
        }

        // Seeding checks what exists and then inserts: one instance at a time, or two could insert the same rows.
        await migrator.RunExclusiveAsync(SeedAsync, cancellationToken);
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<PortalSeeder>();
        await seeder.SeedReferenceDataAsync(cancellationToken);
        if (configuration.GetValue("Seed:DemoData", false))
        {
            await seeder.SeedDemoDataAsync(environment.IsProduction(), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
