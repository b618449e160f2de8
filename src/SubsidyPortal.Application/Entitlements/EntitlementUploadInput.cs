namespace SubsidyPortal.Application.Entitlements;

/// <summary>The upload form of a 免申即享 list; text fields so a mistyped value comes back with a message, not a binding error.</summary>
public sealed class EntitlementUploadInput
{
    public string? ClauseId { get; set; }

    public string? Year { get; set; }

    /// <summary>yyyy-MM-dd; empty means today.</summary>
    public string? ReferenceDate { get; set; }
}
