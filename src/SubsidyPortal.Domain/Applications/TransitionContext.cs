namespace SubsidyPortal.Domain.Applications;

/// <summary>
/// What a guard needs beyond the application itself, gathered by the caller at the moment of the change:
/// the time (from the portal's clock, never DateTime.Now) and what the person typed or the database knows.
/// </summary>
public sealed record TransitionContext(DateTimeOffset Now, DateOnly Today)
{
    /// <summary>Why: required for returns, rejections, declines, upheld objections and revocations.</summary>
    public string? Reason { get; init; }

    /// <summary>补正期限 for a return for correction.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>Whether the application's call accepts filings today (submission and resubmission).</summary>
    public bool CallOpen { get; init; }

    /// <summary>The notice an application is published on, and the last working day of its window.</summary>
    public Guid? NoticeId { get; init; }

    public DateOnly? NoticeLastDay { get; init; }

    /// <summary>Objections lodged during the notice window and not yet decided.</summary>
    public int OpenObjections { get; init; }
}
