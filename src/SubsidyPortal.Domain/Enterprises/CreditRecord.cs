namespace SubsidyPortal.Domain.Enterprises;

/// <summary>
/// An entry of the enterprise's credit record (信用记录) as the committee receives it from the public credit
/// platform. Recorded by staff, never by the enterprise itself.
/// </summary>
public sealed class CreditRecord
{
    private CreditRecord()
    {
        Description = string.Empty;
        Source = string.Empty;
    }

    internal CreditRecord(Guid enterpriseId, DateOnly recordedOn, CreditRecordSeverity severity, string description, string source)
    {
        EnterpriseId = enterpriseId;
        RecordedOn = recordedOn;
        Severity = severity;
        Description = description;
        Source = source;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid EnterpriseId { get; private set; }

    public DateOnly RecordedOn { get; private set; }

    public CreditRecordSeverity Severity { get; private set; }

    public string Description { get; private set; }

    public string Source { get; private set; }
}

public enum CreditRecordSeverity
{
    /// <summary>一般失信 / 其他记录.</summary>
    Minor = 1,

    /// <summary>严重失信或违法行为 (glossary: SeriousDishonesty).</summary>
    SeriousDishonesty = 2,
}
