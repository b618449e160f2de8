using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Prospects;

/// <summary>How sure a match is.</summary>
public enum ProspectKind
{
    /// <summary>符合: every condition holds on the profile's facts alone.</summary>
    Eligible,

    /// <summary>很可能符合: nothing the profile holds rules it out, and one or two facts the profile cannot give settle it.</summary>
    Likely,
}

/// <summary>
/// 政策找企业: a clause in force that an enterprise's profile says it probably qualifies for, as the prospecting job last
/// found it, with the amount or ceiling and the facts still missing. A match that no longer holds is removed; one seen
/// for the first time keeps <see cref="FirstFoundAt"/> (which is what "a new match" means for notifications).
/// </summary>
public sealed class ClauseProspect
{
    public const int MaxMissingFacts = 2;

    private ClauseProspect()
    {
        PolicyId = string.Empty;
        ClauseId = string.Empty;
        MissingFacts = [];
    }

    public Guid EnterpriseId { get; private set; }

    /// <summary>The clause's policy, by which staff of its authority see the match.</summary>
    public string PolicyId { get; private set; }

    public string ClauseId { get; private set; }

    public ProspectKind Kind { get; private set; }

    /// <summary>The amount or ceiling the clause already gives from the known facts; null when it needs a missing figure.</summary>
    public AmountKind? AmountKind { get; private set; }

    public decimal? Amount { get; private set; }

    public AmountBasis? AmountBasis { get; private set; }

    public int Tranches { get; private set; }

    public decimal? TotalOfTranches { get; private set; }

    /// <summary>The fact keys still missing (none for <see cref="ProspectKind.Eligible"/>, one or two for a likely match).</summary>
    public string[] MissingFacts { get; private set; }

    public DateTimeOffset FirstFoundAt { get; private set; }

    public DateTimeOffset EvaluatedAt { get; private set; }

    public AmountSummary? AmountSummary =>
        AmountKind is { } kind && Amount is { } value && AmountBasis is { } basis ? new AmountSummary(kind, value, basis, Tranches, TotalOfTranches ?? value) : null;
}

/// <summary>An enterprise whose matches must be evaluated again (its profile changed, or the nightly sweep asked).</summary>
public sealed class ProspectRequest
{
    private ProspectRequest()
    {
    }

    public long Id { get; private set; }

    public Guid EnterpriseId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public static ProspectRequest For(Guid enterpriseId, DateTimeOffset now) => new() { EnterpriseId = enterpriseId, RequestedAt = now };
}

/// <summary>The nightly sweep of one day: its row is taken by the first instance to start it, so it runs once.</summary>
public sealed class ProspectSweep
{
    private ProspectSweep()
    {
    }

    public DateOnly Day { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public int Enterprises { get; private set; }
}
