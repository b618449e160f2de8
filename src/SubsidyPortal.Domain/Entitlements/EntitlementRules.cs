using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Entitlements;

public sealed class EntitlementImportMustBeIn(EntitlementImport import, params EntitlementImportStatus[] allowed) : IBusinessRule
{
    public string Code => "entitlement.wrong-status";

    public string Message => $"Import {import.Id} is {import.Status}; this needs {string.Join(" or ", allowed)}.";

    public bool IsBroken() => !allowed.Contains(import.Status);
}

public sealed class EntitlementImportMustHaveEligibleRows(EntitlementImport import) : IBusinessRule
{
    public string Code => "entitlement.nothing-to-confirm";

    public string Message => $"Import {import.Id} has no eligible rows to confirm.";

    public bool IsBroken() => import.EligibleRows == 0;
}

/// <summary>A programme year the committee could mean (the award key contains it, so a typo would be permanent).</summary>
public sealed class EntitlementYearMustBePlausible(int year) : IBusinessRule
{
    public const int Earliest = 2020;
    public const int Latest = 2100;

    public string Code => "entitlement.year-invalid";

    public string Message => $"Year {year} is outside {Earliest}–{Latest}.";

    public bool IsBroken() => year is < Earliest or > Latest;
}
