using System.Globalization;
using System.Text;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>What <c>replay-draw</c> prints for one draw: an operator's lines, in English like the other commands.</summary>
internal static class DrawReplayText
{
    public static string Report(DrawCheck check)
    {
        var r = check.Record;
        var replay = check.Replay;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"draw {r.Id} on {check.ReferenceNumber} ({r.Purpose}, {r.Count} of {r.Pool.Count} eligible in '{r.Specialty}', {r.Exclusions.Count} excluded; {r.Algorithm})");
        text.AppendLine(CultureInfo.InvariantCulture, $"  committed {r.CommittedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC by {r.CommittedByName}: sha256(seed) = {Convert.ToHexStringLower(r.SeedHash)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  seed revealed: {(r.Seed is null ? "not yet" : Convert.ToHexStringLower(r.Seed))} -> {(replay.SeedMatchesCommitment ? "matches the commitment" : "DOES NOT match the commitment")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  pool snapshot: {(replay.PoolMatchesDigest ? "matches its digest" : "DOES NOT match its digest")}; trail line: {(check.TrailMatches ? "matches" : "MISSING OR DIFFERENT")}");
        if (replay.Problem is { } problem)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  re-run impossible: {problem}");
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  re-run draws: {Names(check, replay.Replayed)}");
        }

        if (r.Outcome == DrawOutcome.Abandoned)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  abandoned: {r.AbandonedReason}");
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  recorded as drawn: {Names(check, r.Drawn)}; assigned: {Names(check, check.Assigned)}");
        }

        text.Append(check.Holds ? "  RESULT: the draw re-runs to the same experts" : "  RESULT: MISMATCH");
        return text.ToString();
    }

    private static string Names(DrawCheck check, IEnumerable<Guid> ids) =>
        ids.Any() ? string.Join(", ", ids.Select(check.NameOf)) : "(none)";
}
