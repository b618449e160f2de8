using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>
/// The committee's choice of how to share a call's budget, recorded with the proposal it made: which scenario, at what
/// percentage, against which budget, how many projects it proposed and for how much, by whom and when. Written once.
/// </summary>
public sealed class FundingDecision
{
    private FundingDecision()
    {
        DecidedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CallId { get; private set; }

    public FundingScenarioKind Scenario { get; private set; }

    /// <summary>The percentage of a flat-percent scenario; null for the others.</summary>
    public decimal? Percent { get; private set; }

    public decimal Budget { get; private set; }

    public int Proposed { get; private set; }

    /// <summary>Yuan proposed in all.</summary>
    public decimal Total { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public string DecidedByName { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public static FundingDecision Record(Guid callId, FundingScenario scenario, Guid? decidedBy, string decidedByName, DateTimeOffset at)
    {
        if (scenario.Funded.Count == 0)
        {
            throw new DomainException(ReviewErrorCodes.ScenarioFundsNothing, "The scenario funds no application: nothing to propose.");
        }

        return new FundingDecision
        {
            Id = Guid.CreateVersion7(),
            CallId = callId,
            Scenario = scenario.Kind,
            Percent = scenario.Percent,
            Budget = scenario.Budget,
            Proposed = scenario.Funded.Count,
            Total = scenario.Total,
            DecidedBy = decidedBy,
            DecidedByName = Guard.Required(decidedByName, "decision.name-required", 100),
            DecidedAt = at,
        };
    }
}
