namespace SubsidyPortal.Web.Components.Workflow;

/// <summary>What a reviewer posts with a decision button: the reason and, for a return, the correction deadline.</summary>
public sealed class DecisionInput
{
    public string? Action { get; set; }

    public string? Reason { get; set; }

    public DateOnly? Deadline { get; set; }
}
