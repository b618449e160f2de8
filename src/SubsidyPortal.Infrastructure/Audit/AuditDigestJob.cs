using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SubsidyPortal.Infrastructure.Audit;

/// <summary>
/// Records each chain's head once a day (checked hourly, so a restart or a day change is caught within the hour); any
/// instance may, the first one's row stands. The digests are published on the public notices page.
/// </summary>
public sealed class AuditDigestJob(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AuditDigestJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromMinutes(configuration.GetValue("Jobs:AuditDigestMinutes", 60));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AuditChains>().RecordDigestAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Recording the audit digest failed; it is retried in {Interval}", every);
            }

            await Task.Delay(every, stoppingToken);
        }
    }
}
