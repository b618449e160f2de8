using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Entitlements;

/// <summary>Imports waiting for the job: the pages post here so work starts at once instead of at the next poll.</summary>
public sealed class EntitlementQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Guid importId) => _channel.Writer.TryWrite(importId);

    internal ChannelReader<Guid> Reader => _channel.Reader;
}

/// <summary>
/// Runs 免申即享 previews and confirmations in the background, a chunk of rows per transaction so the page's
/// progress moves and a restart loses at most one chunk: on start (and every poll) any import left Previewing or
/// Confirming is resumed where its saved progress stopped. One instance works on an import at a time (an advisory
/// lock per import); the unique award key is the last guard against a second award.
/// </summary>
public sealed class EntitlementJob(
    IServiceScopeFactory scopes, EntitlementQueue queue, IConfiguration configuration, ILogger<EntitlementJob> logger) : BackgroundService
{
    /// <summary>First key of the two-key advisory lock: "ENTI"; the second is the import's hash.</summary>
    private const int LockClass = 0x454E_5449;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(configuration.GetValue("Jobs:EntitlementsPollSeconds", 30));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Entitlement processing failed; it is retried in {Interval}", poll);
            }

            // Wake on the next posted import, or poll (imports another instance was asked to run, restarts).
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(poll);
            try
            {
                await queue.Reader.WaitToReadAsync(wait.Token);
                while (queue.Reader.TryRead(out _))
                {
                }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
            }
        }
    }

    /// <summary>Processes every import that is Previewing or Confirming; returns how many it finished.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<Guid> running;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            running = await db.EntitlementImports.AsNoTracking()
                .Where(i => i.Status == EntitlementImportStatus.Previewing || i.Status == EntitlementImportStatus.Confirming)
                .OrderBy(i => i.CreatedAt).Select(i => i.Id).ToListAsync(cancellationToken);
        }

        var finished = 0;
        foreach (var id in running)
        {
            if (await ProcessAsync(id, cancellationToken))
            {
                finished++;
            }
        }

        return finished;
    }

    /// <summary>
    /// Runs one import's current step to its end (false when another worker holds it or nothing was to be done).
    /// Tests call this to process deterministically.
    /// </summary>
    public async Task<bool> ProcessAsync(Guid importId, CancellationToken cancellationToken)
    {
        var chunkRows = Math.Max(1, configuration.GetValue("Jobs:EntitlementsChunkRows", 500));
        string connectionString;
        await using (var scope = scopes.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetConnectionString()!;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(@c, @k)", connection))
        {
            take.Parameters.AddWithValue("c", LockClass);
            take.Parameters.AddWithValue("k", importId.GetHashCode());
            if (await take.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return false;
            }
        }

        try
        {
            var work = new EntitlementWork(scopes, importId, chunkRows, logger);
            return await work.RunAsync(cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@c, @k)", connection);
            release.Parameters.AddWithValue("c", LockClass);
            release.Parameters.AddWithValue("k", importId.GetHashCode());
            await release.ExecuteScalarAsync(CancellationToken.None);
        }
    }
}
