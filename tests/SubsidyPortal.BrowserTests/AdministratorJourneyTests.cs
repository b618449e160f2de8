using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// The system administrator at the office PC: signs in to the work queue, finds an account, disables it (asked
/// first) and re-enables it, is refused a town account without a town (what was typed stays), and enters and
/// deletes a calendar day (asked first). Every page passes the checks at both widths.
/// </summary>
public sealed class AdministratorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_administrator_works_the_queue_and_keeps_accounts_and_the_calendar()
    {
        var page = await fixture.SignInAsync("admin@demo.local");

        // The home is the work queue: next year's holidays (2027 on the test day) are not entered yet.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("系统管理工作台");
        var calendarSection = page.Locator("[data-section='admin.calendar']");
        await Assertions.Expect(calendarSection).ToContainTextAsync("2027 年节假日与调休安排");
        await Assertions.Expect(page.GetByTestId("queue-clear")).ToContainTextAsync("被锁定的账号");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Accounts: a search narrows the list and stays in the URL; role and town/park read in Chinese.
        await page.Locator(".portal-nav").GetByRole(AriaRole.Link, new() { Name = "账号管理" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/users$"));
        await PageChecks.WaitForCircuitAsync(page);
        // Type once the list has loaded: the first load sets the search box from the address, and could clear a
        // search typed before it finished (seen once in a full run under load).
        await Assertions.Expect(page.Locator("[data-testid=account-row]").First).ToBeVisibleAsync();
        await page.GetByTestId("account-search").FillAsync("新泾镇");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("search=%E6%96%B0%E6%B3%BE%E9%95%87"));
        var rows = page.Locator("[data-testid=account-row]");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        var table = page.GetByTestId("account-table");
        await Assertions.Expect(table).ToContainTextAsync("town@demo.local");
        await Assertions.Expect(table).ToContainTextAsync("镇（园区）");
        await Assertions.Expect(table).ToContainTextAsync("新泾镇（长宁区）");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Disable: the dialog says what will happen; cancelling changes nothing, confirming disables.
        await OpenMenuAsync(page, "新泾镇经办人");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "停用" }).ClickAsync();
        var dialog = page.GetByTestId("confirm-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("将不能登录");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByTestId("confirm-cancel").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        Assert.Null(await LockoutEndAsync("town@demo.local"));

        await OpenMenuAsync(page, "新泾镇经办人");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "停用" }).ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-done")).ToContainTextAsync("已停用 新泾镇经办人 的账号");
        await Assertions.Expect(table.Locator("[data-state=Disabled]")).ToHaveTextAsync("已停用");
        Assert.True(await LockoutEndAsync("town@demo.local") > DateTimeOffset.UtcNow.AddYears(1000));
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await page.GetByTestId("enable").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-done")).ToContainTextAsync("已恢复 新泾镇经办人 的账号");
        await Assertions.Expect(table.Locator("[data-state=Active]")).ToHaveTextAsync("正常");
        Assert.Null(await LockoutEndAsync("town@demo.local"));

        // A town account without a town is refused beside the town field; what was typed stays.
        await page.GetByTestId("create-account").ClickAsync();
        var create = page.GetByTestId("create-dialog");
        await create.GetByLabel("电子邮箱（登录账号）").FillAsync("new.town@example.gov.cn");
        await create.GetByLabel("姓名").FillAsync("新镇经办人");
        await ChooseAsync(page, "#create-Role", "镇（园区）");
        await create.GetByLabel("初始密码").FillAsync("NewTown#2026");
        await page.GetByTestId("create-submit").ClickAsync();
        await Assertions.Expect(create.GetByTestId("errors")).ToContainTextAsync("须绑定一个镇（园区）");
        await Assertions.Expect(create.GetByLabel("电子邮箱（登录账号）")).ToHaveValueAsync("new.town@example.gov.cn");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ChooseAsync(page, "#create-District", "金山区");
        await ChooseAsync(page, "#create-TownOrParkId", "朱泾镇");
        await page.GetByTestId("create-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-done")).ToContainTextAsync("已创建账号 new.town@example.gov.cn");
        Assert.Equal("朱泾镇", await fixture.DbAsync(db => db.Users.Where(u => u.Email == "new.town@example.gov.cn")
            .Join(db.TownsOrParks, u => u.TownOrParkId, t => t.Id, (u, t) => t.Name).SingleAsync()));

        // A committee account serves at least one administering authority, chosen here; the list then names it.
        await page.GetByTestId("create-account").ClickAsync();
        create = page.GetByTestId("create-dialog");
        await create.GetByLabel("电子邮箱（登录账号）").FillAsync("jinshan.clerk@example.gov.cn");
        await create.GetByLabel("姓名").FillAsync("金山经办人");
        await ChooseAsync(page, "#create-Role", "区科委经办人员");
        await create.GetByLabel("初始密码").FillAsync("Jinshan#2026");
        await page.GetByTestId("create-submit").ClickAsync();
        await Assertions.Expect(create.GetByTestId("errors")).ToContainTextAsync("请至少选择一个主管部门");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
        await create.GetByLabel("金山区科委").CheckAsync();
        await page.GetByTestId("create-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-done")).ToContainTextAsync("已创建账号 jinshan.clerk@example.gov.cn");
        Assert.Equal(["jinshan-stc"], await fixture.DbAsync(db => db.Users.Where(u => u.Email == "jinshan.clerk@example.gov.cn").Select(u => u.AuthorityIds).SingleAsync()));
        await page.GetByTestId("account-search").FillAsync("jinshan.clerk");
        await Assertions.Expect(table).ToContainTextAsync("金山区科委");

        // Calendar: 2027 is not maintained; a weekday make-up day is refused beside its field, keeping the input.
        await BrowserFixture.GoToAsync(page, "/admin/calendar?year=2027");
        await Assertions.Expect(page.GetByTestId("year-status")).ToContainTextAsync("未维护");
        await page.Locator("#add-Date").FillAsync("2027-01-04");
        await ChooseAsync(page, "#add-Kind", "调休上班");
        await page.Locator("#add-NameZh").FillAsync("元旦");
        await page.Locator("#add-Source").FillAsync("国务院办公厅关于2027年部分节假日安排的通知");
        await page.GetByTestId("add-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("add-day")).ToContainTextAsync("须为星期六或星期日");
        await Assertions.Expect(page.Locator("#add-NameZh")).ToHaveValueAsync("元旦");
        await Assertions.Expect(page.Locator("#add-Date")).ToHaveValueAsync("2027-01-04");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await ChooseAsync(page, "#add-Kind", "放假");
        await page.GetByTestId("add-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("calendar-done")).ToContainTextAsync("已添加 2027-01-04");
        await Assertions.Expect(page.Locator("tr[data-date='2027-01-04']")).ToContainTextAsync("元旦");
        // The next day is offered for the next entry.
        await Assertions.Expect(page.Locator("#add-Date")).ToHaveValueAsync("2027-01-05");

        // Delete, asked first: cancel keeps the day, confirm removes it.
        await page.Locator("tr[data-date='2027-01-04']").GetByRole(AriaRole.Button, new() { Name = "删除 2027-01-04" }).ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("2027-01-04（周一）");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByTestId("confirm-cancel").ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-date='2027-01-04']")).ToHaveCountAsync(1);
        await page.Locator("tr[data-date='2027-01-04']").GetByRole(AriaRole.Button, new() { Name = "删除 2027-01-04" }).ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.GetByTestId("calendar-done")).ToContainTextAsync("已删除 2027-01-04");
        await Assertions.Expect(page.Locator("tr[data-date='2027-01-04']")).ToHaveCountAsync(0);
        Assert.False(await fixture.DbAsync(db => db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2027, 1, 4))));

        // A maintained year reads as one, from the year chooser.
        await ChooseAsync(page, "[data-testid=year-choice]", "2026 年");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("year=2026"));
        await Assertions.Expect(page.GetByTestId("year-status")).ToContainTextAsync("已维护");
        await Assertions.Expect(page.Locator("tr[data-date='2026-02-14']")).ToContainTextAsync("春节调休上班");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
    }

    private static async Task OpenMenuAsync(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"{name} 的更多操作" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "重置密码" })).ToBeVisibleAsync();
    }

    /// <summary>Opens a MudSelect (by its input) and picks an option by its text.</summary>
    private static async Task ChooseAsync(IPage page, string input, string option)
    {
        // With a value chosen, the input is hidden and a sibling is the visible combobox.
        await page.Locator(".mud-input-control.mud-select").Filter(new() { Has = page.Locator(input) })
            .Locator("[role=combobox]").Locator("visible=true").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true })).ToHaveCountAsync(0);
    }

    private Task<DateTimeOffset?> LockoutEndAsync(string email) =>
        fixture.DbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
}
