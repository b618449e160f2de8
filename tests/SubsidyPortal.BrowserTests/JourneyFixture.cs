namespace SubsidyPortal.BrowserTests;

/// <summary>The browser fixture with the approval job running every second, as it runs in production every minute.</summary>
public sealed class JourneyFixture : BrowserFixture
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Jobs:NoticeApproval"] = "true",
        ["Jobs:NoticeApprovalIntervalSeconds"] = "1",
    };
}
