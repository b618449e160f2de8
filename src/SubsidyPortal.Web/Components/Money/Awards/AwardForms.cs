namespace SubsidyPortal.Web.Components.Money.Awards;

/// <summary>What the award pages post besides the service inputs: the row a per-item form acts on, and a note.</summary>
public sealed class ItemNoteForm
{
    public Guid? ItemId { get; set; }

    public string? Note { get; set; }
}

/// <summary>A progress report submitted by the enterprise: which report, and what it says.</summary>
public sealed class SubmitReportForm
{
    public Guid? ReportId { get; set; }

    public string? Progress { get; set; }

    public string? FundsUsed { get; set; }

    public string? PercentComplete { get; set; }
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

/// <summary>The confirm-account form (户名, 开户银行, 账号).</summary>
public sealed class AccountForm
{
    public string? AccountName { get; set; }

    public string? BankName { get; set; }

    public string? AccountNumber { get; set; }
}
