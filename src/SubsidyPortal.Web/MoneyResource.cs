namespace SubsidyPortal.Web;

/// <summary>
/// Marker for the money UI strings (免申即享 imports, awards, disbursement batches, claw-backs, dashboards) in
/// Resources/MoneyResource.resx (Chinese) and MoneyResource.en.resx (English). Keys start with their area.
/// </summary>
public sealed class MoneyResource;
