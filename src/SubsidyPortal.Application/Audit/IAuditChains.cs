namespace SubsidyPortal.Application.Audit;

/// <summary>The three tamper-evident chains: the application trail, the money trail and the public notices' entries.</summary>
public static class AuditChainNames
{
    public const string ApplicationTrail = "application_events";
    public const string MoneyTrail = "money_events";
    public const string NoticeEntries = "public_notice_entries";

    public static IReadOnlyList<string> All { get; } = [ApplicationTrail, MoneyTrail, NoticeEntries];
}

/// <summary>A chain's head on a day, as recorded that day: the position of its last line and that line's hash (hex).</summary>
public sealed record AuditDigest(DateOnly Day, string Chain, long Position, string Hash);

/// <summary>
/// Where a chain does not hold: the first line whose previous hash or content does not match, or a recorded digest the
/// chain no longer reaches. <c>Problem</c> is missing-line, previous-hash, content or digest.
/// </summary>
public sealed record AuditBreak(string Chain, long Position, Guid? LineId, string Problem, DateOnly? DigestDay = null);

/// <summary>One chain walked: how many lines, its head, and the first break if any.</summary>
public sealed record AuditChainReport(string Chain, long Lines, string? HeadHash, AuditBreak? Break);

/// <summary>The latest published digests, for the public notices page (anyone may read them).</summary>
public interface IAuditDigests
{
    Task<IReadOnlyList<AuditDigest>> LatestAsync(CancellationToken cancellationToken);
}
