namespace SubsidyPortal.BrowserTests;

/// <summary>The browser fixture with the 免申即享 job running, as in production, polling every second.</summary>
public sealed class MoneyJourneyFixture : BrowserFixture
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Jobs:Entitlements"] = "true",
        ["Jobs:EntitlementsPollSeconds"] = "1",
    };
}
