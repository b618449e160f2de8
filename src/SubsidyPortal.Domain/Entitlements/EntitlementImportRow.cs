namespace SubsidyPortal.Domain.Entitlements;

/// <summary>What the preview (and then the confirmation) decided for one row of an imported list.</summary>
public enum EntitlementRowOutcome
{
    /// <summary>An enterprise, every condition met, an amount: confirmation makes its award.</summary>
    Eligible,
    /// <summary>A well-formed USCC no enterprise in the portal has.</summary>
    UnknownEnterprise,
    InvalidUscc,
    /// <summary>A mapped value that cannot be read (not a number, not a date, 是/否 expected …).</summary>
    Malformed,
    /// <summary>A condition not met, an input missing, no rule in force on the reference date, or no amount.</summary>
    NotEligible,
    /// <summary>The same USCC earlier in the same file.</summary>
    Duplicate,
    /// <summary>An award for this clause, enterprise and year already exists (this or another list).</summary>
    AlreadyGranted,
    /// <summary>Confirmed: its award was created.</summary>
    Granted,
}

/// <summary>One data row of an imported list: what it said (raw values by header) and what became of it.</summary>
public sealed class EntitlementImportRow
{
    public const int TextMaxLength = 200;
    public const int ReasonMaxLength = 500;

    private EntitlementImportRow()
    {
        UsccText = string.Empty;
        RawValues = new Dictionary<string, string>();
        ReasonCode = string.Empty;
    }

    public EntitlementImportRow(Guid importId, int rowNumber, string usccText, string? name, Dictionary<string, string> rawValues)
    {
        Id = Guid.CreateVersion7();
        ImportId = importId;
        RowNumber = rowNumber;
        UsccText = Clip(usccText, TextMaxLength);
        Name = string.IsNullOrWhiteSpace(name) ? null : Clip(name.Trim(), TextMaxLength);
        RawValues = rawValues;
        ReasonCode = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ImportId { get; private set; }

    /// <summary>The row's number in the spreadsheet (the header is row 1), so staff can find it in their file.</summary>
    public int RowNumber { get; private set; }

    public string UsccText { get; private set; }

    public string? Name { get; private set; }

    /// <summary>Header → cell text, exactly as the file had it.</summary>
    public Dictionary<string, string> RawValues { get; private set; }

    public Guid? EnterpriseId { get; private set; }

    public string? EnterpriseName { get; private set; }

    public EntitlementRowOutcome Outcome { get; private set; }

    public decimal? Amount { get; private set; }

    /// <summary>A message code (MoneyMessages) or a condition's code; the texts below say it in both languages.</summary>
    public string ReasonCode { get; private set; }

    public string? ReasonZh { get; private set; }

    public string? ReasonEn { get; private set; }

    public Guid? AwardId { get; private set; }

    public void Decide(EntitlementRowOutcome outcome, Guid? enterpriseId, string? enterpriseName, decimal? amount, string reasonCode, string? reasonZh, string? reasonEn)
    {
        Outcome = outcome;
        EnterpriseId = enterpriseId;
        EnterpriseName = enterpriseName is null ? null : Clip(enterpriseName, TextMaxLength);
        Amount = outcome == EntitlementRowOutcome.Eligible ? amount : null;
        ReasonCode = reasonCode;
        ReasonZh = reasonZh is null ? null : Clip(reasonZh, ReasonMaxLength);
        ReasonEn = reasonEn is null ? null : Clip(reasonEn, ReasonMaxLength);
    }

    public void Granted(Guid awardId)
    {
        if (Outcome != EntitlementRowOutcome.Eligible)
        {
            throw new Common.DomainException("entitlement.row-not-eligible", $"Row {RowNumber} is {Outcome}, not eligible.");
        }

        Outcome = EntitlementRowOutcome.Granted;
        AwardId = awardId;
    }

    /// <summary>At confirmation the award already existed (re-import, overlapping list or a racing confirm).</summary>
    public void FoundAlreadyGranted(string reasonZh, string reasonEn)
    {
        Outcome = EntitlementRowOutcome.AlreadyGranted;
        Amount = null;
        ReasonCode = "entitlement.row.already-granted";
        ReasonZh = reasonZh;
        ReasonEn = reasonEn;
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
