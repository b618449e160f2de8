using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>
/// One recorded draw checked from its record alone: the revealed seed against its commitment, the pool against its
/// digest, both against the committed line of the hash-chained trail, and the re-run against the experts recorded as
/// drawn and the assignments the draw made.
/// </summary>
public sealed record DrawCheck(
    ExpertDrawRecord Record,
    string ReferenceNumber,
    DrawReplay Replay,
    bool TrailMatches,
    IReadOnlyList<Guid> Assigned,
    IReadOnlyDictionary<Guid, string> Names)
{
    /// <summary>True when everything recorded holds together: a drawn draw re-runs to the experts it assigned; an abandoned one revealed the seed it committed to.</summary>
    public bool Holds => Record.Outcome switch
    {
        DrawOutcome.Drawn => TrailMatches && Replay.Reproduces(Record.Drawn) && Assigned.Order().SequenceEqual(Record.Drawn.Order()),
        DrawOutcome.Abandoned => TrailMatches && Replay.SeedMatchesCommitment && Replay.PoolMatchesDigest && Assigned.Count == 0,
        _ => false,
    };

    public string NameOf(Guid expertId) => Names.TryGetValue(expertId, out var name) ? name : expertId.ToString();
}

/// <summary>Re-runs past expert draws from the record (<c>replay-draw</c>, and the review page's 可复核 line).</summary>
public sealed class ExpertDrawReplays(PortalDbContext db)
{
    /// <summary>The draws named: a draw id, or every draw of the application with this 申报编号, oldest first.</summary>
    public async Task<IReadOnlyList<DrawCheck>> CheckAsync(string drawIdOrReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drawIdOrReference);
        var key = drawIdOrReference.Trim();
        var records = Guid.TryParse(key, out var drawId)
            ? await db.ExpertDraws.AsNoTracking().Where(d => d.Id == drawId).ToListAsync(cancellationToken)
            : await db.ExpertDraws.AsNoTracking()
                .Where(d => db.Applications.Any(a => a.Id == d.ApplicationId && a.ReferenceNumber == key))
                .OrderBy(d => d.CommittedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        return await CheckAsync(records, cancellationToken);
    }

    /// <summary>Every draw of one application, oldest first.</summary>
    public async Task<IReadOnlyList<DrawCheck>> ForApplicationAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await CheckAsync(
            await db.ExpertDraws.AsNoTracking().Where(d => d.ApplicationId == applicationId).OrderBy(d => d.CommittedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken),
            cancellationToken);

    private async Task<IReadOnlyList<DrawCheck>> CheckAsync(List<ExpertDrawRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return [];
        }

        var applicationIds = records.Select(r => r.ApplicationId).Distinct().ToList();
        var drawIds = records.Select(r => r.Id).ToList();
        var references = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.ReferenceNumber, cancellationToken);
        var committedLines = await db.ApplicationEvents.AsNoTracking()
            .Where(e => applicationIds.Contains(e.ApplicationId) && e.Action == SubsidyApplication.DrawCommittedAction)
            .Select(e => e.Reason ?? string.Empty).ToListAsync(cancellationToken);
        var assignments = await db.ExpertAssignments.AsNoTracking().Where(a => a.DrawId != null && drawIds.Contains(a.DrawId.Value))
            .Select(a => new { DrawId = a.DrawId!.Value, a.ExpertId }).ToListAsync(cancellationToken);
        var expertIds = records.SelectMany(r => r.Pool.Concat(r.Drawn)).Concat(assignments.Select(a => a.ExpertId)).Distinct().ToList();
        var names = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);

        return records.Select(record =>
        {
            // The committed line is found by the seed hash it carries: a record whose hash was changed finds none.
            var line = committedLines.FirstOrDefault(l => l.Contains(Convert.ToHexStringLower(record.SeedHash), StringComparison.Ordinal));
            var trailMatches = line is not null && line.Contains(Convert.ToHexStringLower(record.PoolDigest), StringComparison.Ordinal);
            return new DrawCheck(
                record,
                references.GetValueOrDefault(record.ApplicationId, string.Empty),
                record.Replay(),
                trailMatches,
                assignments.Where(a => a.DrawId == record.Id).Select(a => a.ExpertId).ToList(),
                names);
        }).ToList();
    }
}
