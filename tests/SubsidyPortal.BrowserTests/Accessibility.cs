using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SubsidyPortal.BrowserTests;

internal static class Accessibility
{
    /// <summary>Runs axe-core on the current page and fails on any serious or critical finding.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n{string.Join("\n", serious)}");
    }
}
