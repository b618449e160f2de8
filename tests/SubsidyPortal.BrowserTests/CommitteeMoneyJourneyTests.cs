using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SubsidyPortal.Domain.Awards;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// The committee's money pages in Chromium: the awards list searched from the URL with its totals from the database,
/// an award's revocation checked beside its fields and then shown in full (what stops, what is clawed back) before
/// anything changes, the dashboard's labels readable, the enterprise directory searched. Every page at 1366 and 390 px.
/// </summary>
public sealed class CommitteeMoneyJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Staff = "staff@demo.local";

    [Fact]
    public async Task The_awards_list_is_searched_and_a_revocation_is_shown_in_full_and_changes_nothing_until_confirmed()
    {
        var page = await fixture.SignInAsync(Staff);
        var count = await fixture.DbAsync(db => db.Awards.CountAsync());
        await BrowserFixture.GoToAsync(page, "/committee/awards");
        await Assertions.Expect(page.GetByTestId("total")).ToContainTextAsync(string.Format(CultureInfo.InvariantCulture, "共 {0} 条", count));
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // A paid, completed award: found by its number, the search kept in the URL.
        var paid = await fixture.DbAsync(db => db.Awards.AsNoTracking().Where(a => a.Status == AwardStatus.Completed).Select(a => new { a.Id, a.AwardNumber, a.Amount }).FirstAsync());
        await page.GetByTestId("search").FillAsync(paid.AwardNumber);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("search="), new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("total")).ToContainTextAsync("共 1 条");
        await page.GetByTestId("award-link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/committee/awards/{paid.Id}$"));
        await PageChecks.WaitForCircuitAsync(page);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Revoking without a ground or facts is refused beside each field; nothing is asked yet.
        await page.GetByTestId("open-revoke").ClickAsync();
        var form = page.GetByTestId("revoke");
        await form.GetByTestId("revoke-submit").ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync("请选择撤销情形");
        await Assertions.Expect(form).ToContainTextAsync("请填写撤销的事实和依据");
        await Assertions.Expect(page.GetByTestId("revoke-dialog")).ToHaveCountAsync(0);

        // With both, the dialog says what would happen: the paid money clawed back in full.
        await form.GetByTestId("revoke-ground").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "（三）项目实施条件发生重大变化，致使项目无法继续实施" }).ClickAsync();
        // Each field's message goes once the server has the value: act only then, as a person reading the form would
        // (twice in full runs under load the dialog never opened after typing and clicking straight on).
        await Assertions.Expect(form).Not.ToContainTextAsync("请选择撤销情形");
        await form.GetByLabel("事实和依据").FillAsync("企业已停止该项目的实施。");
        await Assertions.Expect(form).Not.ToContainTextAsync("请填写撤销的事实和依据");
        await form.GetByTestId("revoke-submit").ClickAsync();
        var dialog = page.GetByTestId("revoke-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("企业已停止该项目的实施。");
        await Assertions.Expect(dialog.GetByTestId("revoke-clawback")).ToContainTextAsync(string.Format(CultureInfo.InvariantCulture, "{0:N2} 元", paid.Amount));
        await PageChecks.AssertNoHorizontalOverflowAsync(page);
        await page.GetByTestId("confirm-cancel").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        Assert.Equal(AwardStatus.Completed, await fixture.DbAsync(db => db.Awards.Where(a => a.Id == paid.Id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(0, await fixture.DbAsync(db => db.Clawbacks.CountAsync(c => c.AwardId == paid.Id)));
    }

    [Fact]
    public async Task A_committee_of_one_authority_lists_and_finds_only_its_own_awards_on_the_open_page()
    {
        // 金山区科委's clerk: the list, its total and a search typed on the open page (over the circuit) know only
        // Jinshan's awards; 长宁区科委's award is not found by its own number, nor by its address.
        var page = await fixture.SignInAsync("staff.jinshan@demo.local");
        var jinshan = await fixture.DbAsync(db => db.Awards.AsNoTracking().Where(a => a.PolicyId == "jinshan-2025").Select(a => a.AwardNumber).ToListAsync());
        var changning = await fixture.DbAsync(db => db.Awards.AsNoTracking().Where(a => a.PolicyId == "changning-2024").Select(a => new { a.Id, a.AwardNumber }).FirstAsync());
        await BrowserFixture.GoToAsync(page, "/committee/awards");
        await Assertions.Expect(page.GetByTestId("total")).ToContainTextAsync(string.Format(CultureInfo.InvariantCulture, "共 {0} 条", jinshan.Count));
        await PageChecks.WaitForCircuitAsync(page);
        await page.GetByTestId("search").FillAsync(changning.AwardNumber);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("search="), new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("no-awards")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("award-link")).ToHaveCountAsync(0);
        await page.GetByTestId("search").FillAsync(jinshan[0]);
        await Assertions.Expect(page.GetByTestId("total")).ToContainTextAsync("共 1 条", new() { Timeout = 15_000 });

        var response = await page.GotoAsync($"/committee/awards/{changning.Id}");
        Assert.Equal(404, response!.Status);
    }

    [Fact]
    public async Task The_dashboard_labels_are_readable_and_the_directory_is_searched()
    {
        var page = await fixture.SignInAsync(Staff);
        await BrowserFixture.GoToAsync(page, "/dashboard");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
        foreach (var viewport in new[] { PageChecks.Office, PageChecks.Phone })
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
            // Every piece of text in the main area, chart labels included, is at least 12 px.
            var smallest = await page.EvaluateAsync<double>(
                "() => Math.min(...[...document.querySelectorAll('main *')].filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && e.getClientRects().length).map(e => parseFloat(getComputedStyle(e).fontSize)))");
            Assert.True(smallest >= 12, $"smallest text on the dashboard at {viewport.Width} px is {smallest} px");
        }

        await page.SetViewportSizeAsync(PageChecks.Office.Width, PageChecks.Office.Height);
        await BrowserFixture.GoToAsync(page, "/staff/enterprises");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
        await page.GetByTestId("search").FillAsync("新材料");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("search="), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("上海金山示范新材料有限公司");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("上海长宁示范智能科技有限公司");
    }
}
