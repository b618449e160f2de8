using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>
/// 经公示无异议的项目立项: approves every application whose notice window has ended with no open objection.
/// Safe with several app instances: a round runs only under a PostgreSQL advisory lock, and each approval is
/// its own transition guarded by the row version, so even two overlapping rounds approve each application once.
/// </summary>
public sealed class NoticeApprovalJob(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<NoticeApprovalJob> logger) : BackgroundService
{
    /// <summary>Arbitrary but fixed: the advisory lock key of an approval round.</summary>
    private const long LockKey = 0x5355_4253_4150_5052; // "SUBSAPPR"

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:NoticeApprovalIntervalSeconds", 60));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Notice approval round failed; it runs again in {Interval}", interval);
            }

            await Task.Delay(interval, stoppingToken);
        }
    }

    /// <summary>One round; returns how many applications it approved (0 when another instance holds the round).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<IClock>();
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockKey})", connection))
        {
            if (await take.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return 0;
            }
        }

        try
        {
            var today = clock.Today;
            var due = await db.Applications.AsNoTracking()
                .Where(a => a.Status == ApplicationStatus.PublicNotice && a.NoticeLastDay < today)
                .Select(a => a.Id).ToListAsync(cancellationToken);
            var approved = 0;
            foreach (var id in due)
            {
                await using var one = scopes.CreateAsyncScope();
                var workflow = one.ServiceProvider.GetRequiredService<ApplicationWorkflow>();
                var result = await workflow.ApplyAsync(id, ApplicationAction.Approve, Actor.System, new TransitionInput(), cancellationToken);
                if (result.Succeeded)
                {
                    approved++;
                }
                else
                {
                    logger.LogInformation("Application {Id} not approved yet: {Reason}", id, result.Errors[0].Message);
                }
            }

            if (approved > 0)
            {
                logger.LogInformation("Approved {Count} application(s) whose public notice ended", approved);
            }

            return approved;
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
            await release.ExecuteScalarAsync(CancellationToken.None);
        }
    }
}
