using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Prospects;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Notifications;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Prospects;

/// <summary>What one pass did: enterprises evaluated, matches stored, new matches, and how long it took.</summary>
public sealed record ProspectingPass(int Enterprises, int Prospects, int NewProspects, int Written, TimeSpan Elapsed);

/// <summary>
/// 政策找企业 in the background. Each day's first pass queues every registered enterprise (the nightly sweep: a
/// clause coming into force, a date crossing a period, a new year's figures); profile changes queue theirs as they are
/// saved (<see cref="ProspectingTrigger"/>). Queued enterprises are taken a batch at a time with SKIP LOCKED, so several
/// instances share the queue without taking the same row; a batch is one transaction (its requests, its matches and
/// its notifications commit together, or a crash leaves the requests queued). One enterprise is evaluated by one
/// instance at a time (a transaction-scoped advisory lock), so two instances never interleave its rows.
/// </summary>
public sealed class ProspectingJob(
    IServiceScopeFactory scopes, ProspectingSignal signal, IClock clock, IConfiguration configuration, ILogger<ProspectingJob> logger) : BackgroundService
{
    /// <summary>First key of the two-key advisory lock: "MTCH"; the second is the enterprise id's hash.</summary>
    private const int LockClass = 0x4D54_4348;

    private int BatchSize => Math.Max(1, configuration.GetValue("Jobs:ProspectingBatch", 500));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(configuration.GetValue("Jobs:ProspectingPollSeconds", 30));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await StartSweepAsync(stoppingToken);
                await DrainAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Prospecting failed; it is retried in {Interval}", poll);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(poll);
            try
            {
                await signal.Reader.WaitToReadAsync(wait.Token);
                signal.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
            }
        }
    }

    /// <summary>
    /// Queues every enterprise for today's sweep unless some instance already started it (its row in prospect_sweeps is
    /// the claim); returns how many were queued (0 when it had already started).
    /// </summary>
    public async Task<int> StartSweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.Now;
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO prospect_sweeps (day, started_at, enterprises) VALUES ({clock.Today}, {now}, 0) ON CONFLICT DO NOTHING", cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }

        var queued = await QueueAllAsync(db, now, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE prospect_sweeps SET enterprises = {queued} WHERE day = {clock.Today}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Prospecting sweep of {Day} queued {Enterprises} enterprises", clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), queued);
        return queued;
    }

    /// <summary>Queues every registered enterprise (the sweep; the matching benchmark).</summary>
    public async Task<int> QueueAllAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await QueueAllAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), clock.Now, cancellationToken);
    }

    private static Task<int> QueueAllAsync(PortalDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO prospect_requests (enterprise_id, requested_at) SELECT id, {now} FROM enterprises ORDER BY id", cancellationToken);

    /// <summary>Works through the queue until it is empty (for this instance: rows others hold are theirs).</summary>
    public async Task<ProspectingPass> DrainAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        int enterprises = 0, matches = 0, fresh = 0, written = 0;
        while (await RunBatchAsync(cancellationToken) is { Enterprises: > 0 } batch)
        {
            enterprises += batch.Enterprises;
            matches += batch.Prospects;
            fresh += batch.NewProspects;
            written += batch.Written;
        }

        return new ProspectingPass(enterprises, matches, fresh, written, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Takes one batch of queued enterprises and evaluates every clause in force for each.</summary>
    public async Task<ProspectingPass> RunBatchAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = (await db.Database.SqlQueryRaw<Guid>(
                """
                DELETE FROM prospect_requests WHERE id IN (SELECT id FROM prospect_requests ORDER BY id LIMIT {0} FOR UPDATE SKIP LOCKED)
                RETURNING enterprise_id AS "Value"
                """, BatchSize).ToListAsync(cancellationToken))
            .Distinct().Order().ToArray();
        if (ids.Length == 0)
        {
            return new ProspectingPass(0, 0, 0, 0, TimeSpan.Zero);
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();
        await using (var lockAll = new NpgsqlCommand(
                         "SELECT count(pg_advisory_xact_lock(@c, hashtext(id::text))) FROM unnest(@ids) AS id", connection, npgsqlTransaction))
        {
            lockAll.Parameters.AddWithValue("c", LockClass);
            lockAll.Parameters.AddWithValue("ids", ids);
            await lockAll.ExecuteScalarAsync(cancellationToken);
        }

        var today = clock.Today;
        var now = clock.Now;
        var towns = await db.TownNamesAsync(cancellationToken);
        var loaded = await db.Enterprises.AsNoTracking()
            .Include(e => e.AnnualFigures).Include(e => e.CreditRecords).AsSplitQuery()
            .Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);

        var rows = new ProspectRows();
        foreach (var enterprise in loaded)
        {
            var town = enterprise.TownOrParkId is { } t ? towns.GetValueOrDefault(t) : null;
            foreach (var finding in ClauseProspecting.Find(enterprise, town, today))
            {
                rows.Add(enterprise.Id, finding);
            }
        }

        var (inserted, written) = await rows.WriteAsync(connection, npgsqlTransaction, ids, now, cancellationToken);
        await NotifyAsync(db, inserted, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProspectingPass(loaded.Count, rows.Count, inserted.Count, written, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// One message per enterprise with new matches, naming them, for clauses it has not already applied for or been
    /// awarded under (a match there is no news).
    /// </summary>
    private static async Task NotifyAsync(PortalDbContext db, IReadOnlyList<(Guid Enterprise, string Clause)> inserted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (inserted.Count == 0)
        {
            return;
        }

        var enterprises = inserted.Select(i => i.Enterprise).Distinct().ToList();
        var applied = (await db.Applications.AsNoTracking()
                .Where(a => enterprises.Contains(a.EnterpriseId) && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn)
                .Select(a => new { a.EnterpriseId, a.ClauseId })
                .Union(db.Awards.AsNoTracking().Where(a => enterprises.Contains(a.EnterpriseId)).Select(a => new { a.EnterpriseId, a.ClauseId }))
                .ToListAsync(cancellationToken))
            .Select(a => (a.EnterpriseId, a.ClauseId)).ToHashSet();
        foreach (var group in inserted.Where(i => !applied.Contains((i.Enterprise, i.Clause))).GroupBy(i => i.Enterprise))
        {
            var (zh, en) = ProspectMessages.NewMatches(group.Select(i => i.Clause).ToList());
            db.Notifications.Add(Notification.ForEnterprise(group.Key, NotificationKind.Prospect, zh, en, "/enterprise#prospects", now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A batch's matches as columns, written with one statement; the enterprises' other matches are removed.</summary>
    private sealed class ProspectRows
    {
        private readonly List<Guid> _enterprises = [];
        private readonly List<string> _policies = [];
        private readonly List<string> _clauses = [];
        private readonly List<string> _kinds = [];
        private readonly List<string?> _amountKinds = [];
        private readonly List<decimal?> _amounts = [];
        private readonly List<string?> _bases = [];
        private readonly List<int> _tranches = [];
        private readonly List<decimal?> _totals = [];
        private readonly List<string> _missing = [];

        public int Count => _enterprises.Count;

        public void Add(Guid enterpriseId, ProspectFinding finding)
        {
            var amount = finding.Amount?.Summary;
            _enterprises.Add(enterpriseId);
            _policies.Add(finding.Clause.Policy.Id);
            _clauses.Add(finding.Clause.Id);
            _kinds.Add(finding.Kind.ToString());
            _amountKinds.Add(amount?.Kind.ToString());
            _amounts.Add(amount?.Value);
            _bases.Add(amount?.Basis.ToString());
            _tranches.Add(amount?.Tranches ?? 0);
            _totals.Add(amount?.Total);
            _missing.Add(string.Join(' ', finding.MissingFacts));
        }

        /// <summary>Upserts the matches, removes the batch's stale ones, and returns those not there before and how many rows
        /// were written (new or changed).</summary>
        public async Task<(IReadOnlyList<(Guid Enterprise, string Clause)> Inserted, int Written)> WriteAsync(
            NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] batch, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var inserted = new List<(Guid, string)>();
            var written = 0;
            if (Count > 0)
            {
                await using var upsert = new NpgsqlCommand(
                    """
                    INSERT INTO clause_prospects AS m (enterprise_id, policy_id, clause_id, kind, amount_kind, amount, amount_basis, tranches,
                        total_of_tranches, missing_facts, first_found_at, evaluated_at)
                    SELECT x.e, x.p, x.c, x.k, x.ak, x.a, x.ab, x.t, x.tt,
                        CASE WHEN x.mf = '' THEN '{}'::text[] ELSE string_to_array(x.mf, ' ') END, @now, @now
                    FROM unnest(@e, @p, @c, @k, @ak, @a, @ab, @t, @tt, @mf) AS x(e, p, c, k, ak, a, ab, t, tt, mf)
                    ON CONFLICT (enterprise_id, clause_id) DO UPDATE SET policy_id = excluded.policy_id, kind = excluded.kind,
                        amount_kind = excluded.amount_kind, amount = excluded.amount, amount_basis = excluded.amount_basis,
                        tranches = excluded.tranches, total_of_tranches = excluded.total_of_tranches,
                        missing_facts = excluded.missing_facts, evaluated_at = excluded.evaluated_at
                    -- An unchanged match is left as it is: the nightly sweep would otherwise rewrite every row (dead tuples, WAL).
                    WHERE (m.policy_id, m.kind, m.amount_kind, m.amount, m.amount_basis, m.tranches, m.total_of_tranches, m.missing_facts)
                        IS DISTINCT FROM (excluded.policy_id, excluded.kind, excluded.amount_kind, excluded.amount, excluded.amount_basis,
                            excluded.tranches, excluded.total_of_tranches, excluded.missing_facts)
                    RETURNING m.enterprise_id, m.clause_id, (m.xmax = 0) AS inserted
                    """, connection, transaction);
                upsert.Parameters.AddWithValue("now", now);
                upsert.Parameters.AddWithValue("e", _enterprises.ToArray());
                upsert.Parameters.AddWithValue("p", _policies.ToArray());
                upsert.Parameters.AddWithValue("c", _clauses.ToArray());
                upsert.Parameters.AddWithValue("k", _kinds.ToArray());
                upsert.Parameters.Add(new NpgsqlParameter("ak", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = _amountKinds.ToArray() });
                upsert.Parameters.Add(new NpgsqlParameter("a", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = _amounts.ToArray() });
                upsert.Parameters.Add(new NpgsqlParameter("ab", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = _bases.ToArray() });
                upsert.Parameters.AddWithValue("t", _tranches.ToArray());
                upsert.Parameters.Add(new NpgsqlParameter("tt", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = _totals.ToArray() });
                upsert.Parameters.AddWithValue("mf", _missing.ToArray());
                await using var reader = await upsert.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    written++;
                    if (reader.GetBoolean(2))
                    {
                        inserted.Add((reader.GetGuid(0), reader.GetString(1)));
                    }
                }
            }

            await using var stale = new NpgsqlCommand(
                """
                DELETE FROM clause_prospects m WHERE m.enterprise_id = ANY(@ids)
                    AND NOT EXISTS (SELECT 1 FROM unnest(@e, @c) AS x(e, c) WHERE x.e = m.enterprise_id AND x.c = m.clause_id)
                """, connection, transaction);
            stale.Parameters.AddWithValue("ids", batch);
            stale.Parameters.AddWithValue("e", _enterprises.ToArray());
            stale.Parameters.AddWithValue("c", _clauses.ToArray());
            await stale.ExecuteNonQueryAsync(cancellationToken);
            return (inserted, written);
        }
    }
}
