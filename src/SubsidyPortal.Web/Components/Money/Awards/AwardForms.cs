namespace SubsidyPortal.Web.Components.Money.Awards;

/// <summary>What the award pages post besides the service inputs: the row a per-item form acts on, and a note.</summary>
public sealed class ItemNoteForm
{
    public Guid? ItemId { get; set; }

    public string? Note { get; set; }
}

/// <summary>Staff's decision on one change request.</summary>
public sealed class DecideChangeForm
{
    public Guid? RequestId { get; set; }

    public string? Outcome { get; set; }

    public string? Decision { get; set; }
}

/// <summary>The revocation: ground and note, first shown back for confirmation, then posted again with Confirmed = "true".</summary>
public sealed class RevokeForm
{
    public string? Ground { get; set; }

    public string? Note { get; set; }

    public string? Confirmed { get; set; }
}
