using Microsoft.EntityFrameworkCore;
using Npgsql;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Audit;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Audit;

/// <summary>
/// The chains the database keeps (0019: each line holds sha256 of the line before and its own columns): recording each
/// day's heads, and walking every chain to name the first line that does not match. The walk is the database's own
/// function, over every line, in position order; a digest recorded earlier must still be the line at its position, so
/// lines cut off the end show too.
/// </summary>
public sealed class AuditChains(PortalDbContext db, IClock clock) : IAuditDigests
{
    /// <summary>Records today's head of each chain once (the first instance to do so today wins); returns how many were new.</summary>
    public async Task<int> RecordDigestAsync(CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var chain in AuditChainNames.All)
        {
            // The chain name is one of three constants, never input.
#pragma warning disable EF1002
            recorded += await db.Database.ExecuteSqlRawAsync(
                $"""
                INSERT INTO audit_digests (day, chain, chain_position, line_hash, recorded_at)
                SELECT @day, @chain, chain_position, line_hash, @now FROM {chain} ORDER BY chain_position DESC LIMIT 1
                ON CONFLICT DO NOTHING
                """,
                [new NpgsqlParameter("day", clock.Today), new NpgsqlParameter("chain", chain), new NpgsqlParameter("now", clock.Now)],
                cancellationToken);
#pragma warning restore EF1002
        }

        return recorded;
    }

    public async Task<IReadOnlyList<AuditDigest>> LatestAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<DigestRow>(
                """
                SELECT day AS "Day", chain AS "Chain", chain_position AS "Position", encode(line_hash, 'hex') AS "Hash"
                FROM audit_digests WHERE day = (SELECT max(day) FROM audit_digests) ORDER BY chain
                """)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new AuditDigest(r.Day, r.Chain, r.Position, r.Hash)).ToList();
    }

    /// <summary>Walks every chain; a chain that holds has no break.</summary>
    public async Task<IReadOnlyList<AuditChainReport>> VerifyAsync(CancellationToken cancellationToken)
    {
        var reports = new List<AuditChainReport>();
        foreach (var chain in AuditChainNames.All)
        {
#pragma warning disable EF1002
            var head = await db.Database.SqlQueryRaw<HeadRow>(
                    $"""SELECT count(*) AS "Lines", (SELECT encode(line_hash, 'hex') FROM {chain} ORDER BY chain_position DESC LIMIT 1) AS "Hash" FROM {chain}""")
                .SingleAsync(cancellationToken);
#pragma warning restore EF1002
            var broken = await db.Database.SqlQueryRaw<BreakRow>(
                    """SELECT chain_position AS "Position", line_id AS "LineId", problem AS "Problem" FROM audit_first_break({0})""", chain)
                .ToListAsync(cancellationToken);
            var found = broken.Select(b => new AuditBreak(chain, b.Position, b.LineId, b.Problem)).FirstOrDefault()
                        ?? await DigestBreakAsync(chain, cancellationToken);
            reports.Add(new AuditChainReport(chain, head.Lines, head.Hash, found));
        }

        return reports;
    }

    // A recorded head the chain no longer has at that position: lines removed from the end, or rewritten with their hashes.
    private async Task<AuditBreak?> DigestBreakAsync(string chain, CancellationToken cancellationToken)
    {
#pragma warning disable EF1002
        var row = await db.Database.SqlQueryRaw<DigestBreakRow>(
                $"""
                SELECT d.day AS "Day", d.chain_position AS "Position" FROM audit_digests d
                LEFT JOIN {chain} t ON t.chain_position = d.chain_position
                WHERE d.chain = @chain AND (t.line_hash IS NULL OR t.line_hash <> d.line_hash)
                ORDER BY d.chain_position LIMIT 1
                """, new NpgsqlParameter("chain", chain))
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        return row.Select(r => new AuditBreak(chain, r.Position, null, "digest", r.Day)).FirstOrDefault();
    }

    private sealed record DigestRow(DateOnly Day, string Chain, long Position, string Hash);

    private sealed record HeadRow(long Lines, string? Hash);

    private sealed record BreakRow(long Position, Guid? LineId, string Problem);

    private sealed record DigestBreakRow(DateOnly Day, long Position);
}
