namespace SubsidyPortal.Infrastructure.Audit;

/// <summary>A chain's head as recorded on a day (audit_digests): written once by <see cref="AuditChains"/>, never changed.</summary>
public sealed class AuditDigestRow
{
    public DateOnly Day { get; init; }

    public string Chain { get; init; } = string.Empty;

    public long ChainPosition { get; init; }

    public byte[] LineHash { get; init; } = [];

    public DateTimeOffset RecordedAt { get; init; }
}
