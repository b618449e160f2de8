using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SubsidyPortal.Application.RuleVersions;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Testing;

namespace SubsidyPortal.BrowserTests;

/// <summary>The portal with one amendment encoded ahead of its day: 长宁 第 6 条's renewal ceiling raised to 15 万 from 2026-12-15.</summary>
public sealed class AmendedCatalogFixture : BrowserFixture
{
    public static readonly DateOnly EffectiveFrom = new(2026, 12, 15);

    protected override Action<IServiceCollection>? Services => services => services.AddSingleton(new ClauseAmendments(
        [new ClauseAmendment(PolicyCatalog.Find("changning-2024/6-high-tech-renewal")!, EffectiveFrom, 150_000m)]));
}

/// <summary>
/// Issue 13 point 6 in Chromium: before an amendment takes effect, committee staff open 条款修订 and see the text now and
/// after, and for each open application under the clause what stands now beside what the new version would decide —
/// the ones that change first. At 1366 and 390 px.
/// </summary>
public sealed class RuleVersionsJourneyTests(AmendedCatalogFixture fixture) : IClassFixture<AmendedCatalogFixture>
{
    [Fact]
    public async Task Staff_see_what_an_amendment_would_change_before_its_day()
    {
        var page = await fixture.SignInAsync("staff@demo.local");
        await BrowserFixture.GoToAsync(page, "/committee/rule-versions");

        var section = page.Locator("section[data-clause='changning-2024/6-high-tech-renewal']");
        await Assertions.Expect(section).ToContainTextAsync("第 2 版，2026-12-15（周二） 起施行");
        await Assertions.Expect(section).ToContainTextAsync("现行（第 1 版）");
        await Assertions.Expect(section).ToContainTextAsync("（修订）给予最高不超过 15 万元的一次性支持");
        // The seeded renewal filing is eligible up to 100,000 now and up to 150,000 under the amendment: it changes, so it
        // is listed first and says so.
        var first = section.GetByTestId("effects").Locator("tbody tr").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-changes", "true");
        await Assertions.Expect(first).ToContainTextAsync("在办申报");
        await Assertions.Expect(first.Locator("td").Nth(1)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*符合\s*最高 100,000\.00 元\s*$"));
        await Assertions.Expect(first.Locator("td").Nth(2)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*符合\s*最高 150,000\.00 元\s*$"));
        await Assertions.Expect(section.GetByTestId("changing")).ToContainTextAsync("项会有变化");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // A clerk of another authority has nothing to check.
        var jinshan = await fixture.SignInAsync("staff.jinshan@demo.local");
        await BrowserFixture.GoToAsync(jinshan, "/committee/rule-versions");
        await Assertions.Expect(jinshan.GetByTestId("no-amendments")).ToBeVisibleAsync();
    }
}
