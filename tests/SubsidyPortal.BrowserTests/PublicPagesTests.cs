using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SubsidyPortal.Domain.Policies;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// The static pages in the portal's look, as a visitor and an enterprise on a phone or at the office screen meet them:
/// home, policies, notices, sign-in, registration, the password pages and the page a refused form ends on. Each passes
/// the page checks at 1366×768 and 390×844 (no overflow, no raw names, axe), with the phone menu open too.
/// </summary>
public sealed class PublicPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_public_pages_are_good_at_both_widths()
    {
        var noticeId = await fixture.DbAsync(db => db.PublicNotices.OrderBy(n => n.FirstDay).Select(n => n.Id).FirstAsync());
        var clause = PolicyCatalog.Clauses.First(c => c.Parameters.Count > 1 && c.ExclusivityGroup is not null);
        var page = await fixture.NewPageAsync();

        foreach (var url in new[]
                 {
                     "/", "/policies", $"/policies/clauses/{clause.Id}", "/notices", $"/notices/{noticeId}", "/account/login",
                     "/account/register", "/account/forgot-password",
                 })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
            await PageChecks.AssertGoodAtBothWidthsAsync(page);
        }
    }

    [Fact]
    public async Task The_home_page_leads_a_visitor_to_register_sign_in_and_the_policies()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        var main = page.Locator("main");
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = "企业注册" })).ToHaveAttributeAsync("href", "/account/register");
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = "登录", Exact = true })).ToHaveAttributeAsync("href", "/account/login");
        await main.GetByRole(AriaRole.Link, new() { Name = "查看政策条款" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("政策条款目录");
        // Money in the catalog is in 万元, the unit in the column header.
        await Assertions.Expect(page.Locator("main table th").Filter(new() { HasText = "万元" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_signed_in_user_is_led_from_the_home_page_to_their_workbench()
    {
        var page = await fixture.SignInAsync("applicant@demo.local");
        await page.GotoAsync("/");

        await page.GetByTestId("go-workbench").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/enterprise$"));
    }

    [Fact]
    public async Task On_a_phone_the_links_are_in_a_menu_that_opens_and_leads_on()
    {
        var page = await fixture.NewPageAsync(PageChecks.Phone);
        await page.GotoAsync("/");
        var menu = page.Locator("details.portal-public-menu");
        await Assertions.Expect(page.Locator("nav.portal-public-links")).ToBeHiddenAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "政策条款" })).ToBeHiddenAsync();

        await menu.Locator("summary").ClickAsync();

        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "政策条款" })).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "企业注册" })).ToBeVisibleAsync();
        await PageChecks.AssertGoodPageAsync(page);
        await menu.GetByRole(AriaRole.Link, new() { Name = "公示" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/notices$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("拟立项公示");
    }

    [Fact]
    public async Task Registration_offers_only_the_towns_of_the_chosen_district()
    {
        var page = await fixture.NewPageAsync(PageChecks.Phone);
        await page.GotoAsync("/account/register");
        var district = page.GetByLabel("注册地所在区");
        var town = page.GetByLabel("所属镇（园区）/街道");

        await district.SelectOptionAsync(new SelectOptionValue { Label = "长宁区" });
        await town.SelectOptionAsync(new SelectOptionValue { Label = "新泾镇" });
        Assert.Equal(["长宁区"], await GroupsAsync(town));

        await district.SelectOptionAsync(new SelectOptionValue { Label = "金山区" });
        Assert.Equal(["金山区"], await GroupsAsync(town));
        // The Changning town chosen before is no longer offered, so nothing is chosen.
        await Assertions.Expect(town).ToHaveValueAsync(string.Empty);
        Assert.Contains("朱泾镇", await town.Locator("option").AllTextContentsAsync());

        // A wrong answer comes back with every field's message, in the portal's look, and passes the checks.
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-TownOrParkId-error")).ToContainTextAsync("请选择所属镇");
        Assert.Equal(["金山区"], await GroupsAsync(page.GetByLabel("所属镇（园区）/街道")));
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task The_password_pages_are_good_at_both_widths_and_say_what_is_wrong()
    {
        var anonymous = await fixture.NewPageAsync();
        await anonymous.GotoAsync("/account/login");
        await anonymous.GetByRole(AriaRole.Link, new() { Name = "忘记密码？" }).ClickAsync();
        await Assertions.Expect(anonymous.Locator("h1")).ToHaveTextAsync("忘记密码");
        await Assertions.Expect(anonymous.GetByTestId("reset-route")).ToContainTextAsync("管理员");

        var page = await fixture.SignInAsync("expert6@demo.local");
        await page.GotoAsync("/account/password");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("修改密码");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await page.GetByLabel("当前密码").FillAsync("Wrong#2026");
        await page.GetByLabel(new Regex("^新密码")).FillAsync("Changed#2027");
        await page.GetByLabel("确认新密码").FillAsync("Changed#2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();

        await Assertions.Expect(page.Locator("#f-CurrentPassword-error")).ToContainTextAsync("当前密码不正确");
        await Assertions.Expect(page.GetByLabel("当前密码")).ToBeFocusedAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task A_form_whose_token_was_lost_ends_on_a_page_that_says_what_to_do()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("电子邮箱（登录账号）").FillAsync("expert@demo.local");
        await page.GetByLabel("密码").FillAsync("Demo#2026");
        // As after the browser was closed and the tab restored: the form's cookie half is gone.
        await page.Context.ClearCookiesAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("页面已过期，内容没有提交");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("antiforgery");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
        await page.GetByTestId("problem-reload").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login$"));
    }

    /// <summary>The districts whose towns the list offers now.</summary>
    private static async Task<string[]> GroupsAsync(ILocator select) =>
        [.. await select.Locator("optgroup").EvaluateAllAsync<string[]>("groups => groups.map(g => g.label)")];
}
