using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SubsidyPortal.BrowserTests;

internal static class Accessibility
{
    /// <summary>Runs axe-core on the current page and fails on any serious or critical finding.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        // Colours are judged as they settle: a button caught mid-transition (a choice just clicked) has a blend of
        // its two colours that no one reads. Endless animations (a progress bar) are not waited for.
        try
        {
            await page.WaitForFunctionAsync(
                "() => document.getAnimations().filter(a => a.playState === 'running' && a.effect && a.effect.getTiming().iterations !== Infinity).length === 0",
                null, new() { Timeout = 3_000 });
        }
        catch (TimeoutException)
        {
            // Judge the page as it is.
        }

        // A page is judged once it is whole: its title is rendered with its body, and a loaded server can leave a
        // freshly navigated page titleless for a moment.
        try
        {
            await page.WaitForFunctionAsync("() => document.title.trim().length > 0", null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            // Judge it as it is: a page that never gets a title fails below.
        }

        var result = await page.RunAxe();
        if (result.Violations.Any(v => v.Id == "document-title"))
        {
            // Blazor's HeadOutlet re-renders <title> with the page: under load axe has caught it between the two. A page
            // that truly has none fails the second look as it did the first.
            try
            {
                await page.WaitForFunctionAsync("() => document.title.trim().length > 0", null, new() { Timeout = 10_000 });
            }
            catch (TimeoutException)
            {
                // Still none: judged below as it is.
            }

            result = await page.RunAxe();
        }

        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n{string.Join("\n", serious)}");
    }
}
