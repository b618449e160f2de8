using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// What every page must be, checked as a person would see it: interactive before anyone clicks, nothing wider than
/// the screen, no raw key, enum name, resource key or id in the text, and no serious accessibility problem.
/// </summary>
internal static partial class PageChecks
{
    public static readonly (int Width, int Height) Office = (1366, 768);
    public static readonly (int Width, int Height) Phone = (390, 844);

    /// <summary>Waits until the page's circuit is connected (the layout marks it), so a click is not lost on the
    /// prerendered page. Static pages carry no marker and need no wait.</summary>
    public static async Task WaitForCircuitAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("[data-circuit=ready]")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
    }

    /// <summary>Every check at once, at the page's current viewport.</summary>
    public static async Task AssertGoodPageAsync(IPage page)
    {
        await AssertNoHorizontalOverflowAsync(page);
        await AssertNoRawNamesAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>The same checks at the office screen and on a phone, then back to the office screen.</summary>
    public static async Task AssertGoodAtBothWidthsAsync(IPage page)
    {
        foreach (var (width, height) in new[] { Phone, Office })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.WaitForTimeoutAsync(300);
            await AssertGoodPageAsync(page);
            await ShootAsync(page, width);
        }
    }

    /// <summary>With SUBSIDYPORTAL_SHOTS set to a folder, each page checked is saved there at each width, to be looked at.</summary>
    private static async Task ShootAsync(IPage page, int width)
    {
        if (Environment.GetEnvironmentVariable("SUBSIDYPORTAL_SHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var name = new Uri(page.Url).AbsolutePath.Trim('/').Replace('/', '_');
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{(name.Length == 0 ? "home" : name)}-{width}.png"), FullPage = true });
    }

    public static async Task AssertNoHorizontalOverflowAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow} px wider than the {page.ViewportSize?.Width} px screen");
    }

    /// <summary>No camelCase fact key, enum member, resource key ("Queue.Item.X") or GUID in what the page shows.</summary>
    public static async Task AssertNoRawNamesAsync(IPage page)
    {
        var text = await page.EvaluateAsync<string>("() => document.body.innerText");
        var found = new List<string>();
        found.AddRange(CamelCase().Matches(text).Select(m => m.Value));
        found.AddRange(ResourceKey().Matches(text).Select(m => m.Value));
        found.AddRange(Guid().Matches(text).Select(m => m.Value));
        if ((await page.GetAttributeAsync("html", "lang"))?.StartsWith("zh", StringComparison.Ordinal) == true)
        {
            found.AddRange(Word().Matches(text).Select(m => m.Value).Where(EnumNames.Contains));
        }

        Assert.True(found.Count == 0, $"{page.Url} shows raw names: {string.Join(", ", found.Distinct())}");
    }

    // Names of every enum the domain has (ApplicationStatus.ReturnedForCorrection, Industry.IntegratedCircuits, …).
    private static readonly HashSet<string> EnumNames = typeof(Domain.Applications.Actor).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.IsPublic)
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name))
        .Where(n => n.Length > 3)
        .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b[a-z]+(?:[A-Z][a-z0-9]+)+\b")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+(?:\.[A-Za-z]+)*\b")]
    private static partial Regex ResourceKey();

    [GeneratedRegex(@"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]{3,}\b")]
    private static partial Regex Word();
}
