using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// An enterprise registers in Chinese, corrects a mistake, signs in, edits its profile, signs out and signs in again,
/// in Chromium; every page it passes is scanned for serious accessibility problems.
/// </summary>
public sealed class EnterpriseJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Password = "Journey#2026";

    [Fact]
    public async Task An_enterprise_registers_edits_its_profile_signs_out_and_signs_back_in()
    {
        var page = await fixture.NewPageAsync();
        var first17 = "91310105MA1JR0" + "0X1";
        var uscc = first17 + UnifiedSocialCreditCode.CheckCharacterFor(first17);
        var email = "journey@example.cn";

        await page.GotoAsync("/");
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "企业注册" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/register$"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // First attempt: the credit code typed in lower case.
        await page.GetByLabel("企业名称").FillAsync("上海旅程测试科技有限公司");
        await page.GetByLabel("统一社会信用代码").FillAsync(uscc.ToLowerInvariant());
        await page.GetByLabel("注册地所在区").SelectOptionAsync(new SelectOptionValue { Label = "长宁区" });
        await page.GetByLabel("所属镇（园区）/街道").SelectOptionAsync(new SelectOptionValue { Label = "新泾镇" });
        await page.GetByLabel("联系人姓名").FillAsync("陈静");
        await page.GetByLabel("联系电话").FillAsync("13700002222");
        await page.GetByLabel("电子邮箱（登录账号）").FillAsync(email);
        await page.GetByLabel(new Regex("^密码")).FillAsync(Password);
        await page.GetByLabel("确认密码").FillAsync(Password);
        await page.GetByLabel("我已阅读并同意用户协议").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#f-Uscc-error")).ToContainTextAsync("字母须为大写");
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("请修改以下内容");
        await Assertions.Expect(page.GetByLabel("统一社会信用代码")).ToHaveValueAsync(uscc.ToLowerInvariant());
        await Assertions.Expect(page.GetByLabel("企业名称")).ToHaveValueAsync("上海旅程测试科技有限公司");
        await Assertions.Expect(page.GetByLabel("统一社会信用代码")).ToBeFocusedAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Corrected: passwords are not echoed back, so they are typed again.
        await page.GetByLabel("统一社会信用代码").FillAsync(uscc);
        await page.GetByLabel(new Regex("^密码")).FillAsync(Password);
        await page.GetByLabel("确认密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();
        // Registering does not sign in (an e-mail registered before gets this same page): the new account signs in.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login\\?registered=true"));
        await Assertions.Expect(page.GetByTestId("registered")).ToContainTextAsync("注册已提交");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("电子邮箱（登录账号）").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/enterprise/profile\\?welcome=true$"));
        await PageChecks.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("profile-welcome")).ToContainTextAsync("注册成功");
        await Assertions.Expect(page.GetByTestId("current-user")).ToHaveTextAsync("陈静");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Edit the profile: industry, high-tech certification and last year's figures.
        var lastYear = DateTime.UtcNow.Year - 1;
        await page.GetByLabel("所属行业").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "集成电路", Exact = true }).ClickAsync();
        // Typed once the choice shows, and left with Tab, as people do: in one loaded full run the date typed right
        // after the choice was never saved.
        await Assertions.Expect(page.GetByLabel("所属行业")).ToHaveValueAsync("集成电路");
        await page.GetByLabel("高新技术企业首次认定日期").FillAsync("2021-12-15");
        await page.GetByLabel("高新技术企业首次认定日期").PressAsync("Tab");
        // A day that does not exist is refused beside its field, never saved as "no date".
        await page.GetByLabel("成立日期").FillAsync("2026-02-30");
        await page.GetByLabel("成立日期").PressAsync("Tab");
        await Assertions.Expect(page.Locator("#f-EstablishedOn-error")).ToContainTextAsync("实际存在的日期");
        var yearGroup = page.GetByRole(AriaRole.Group, new() { Name = $"{lastYear} 年度" });
        await yearGroup.GetByLabel("营业收入").FillAsync("85000000.50");
        await yearGroup.GetByLabel("研发投入").FillAsync("-5");
        await yearGroup.GetByLabel("职工总数（人）").FillAsync("90");
        await yearGroup.GetByLabel("研发人员数（人）").FillAsync("30");
        await yearGroup.GetByLabel("研发人员数（人）").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator("#f-AnnualFigures-0-ResearchExpenditure-error")).ToContainTextAsync("不能为负数");
        await Assertions.Expect(page.GetByTestId("errors")).ToContainTextAsync("成立日期");
        await Assertions.Expect(yearGroup.GetByLabel("营业收入")).ToHaveValueAsync("85000000.50");
        await Assertions.Expect(page.GetByLabel("成立日期")).ToHaveValueAsync("2026-02-30");
        await Assertions.Expect(page.GetByTestId("profile-saved")).ToHaveCountAsync(0);
        Assert.Null(await EnterpriseAsync(email, e => e.EstablishedOn));
        Assert.Equal(0, await EnterpriseAsync(email, e => e.AnnualFigures.Count));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Corrected; the R&D figure typed in 万 as people write it.
        await page.GetByLabel("成立日期").FillAsync("2016-05-18");
        await yearGroup.GetByLabel("研发投入").FillAsync("910万");
        await yearGroup.GetByLabel("研发投入").PressAsync("Tab");
        // A loss is typed with its minus, in 万 too; the optional year-end figures may stay blank.
        await yearGroup.GetByLabel("净利润").FillAsync("-120万");
        await yearGroup.GetByLabel("净利润").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("profile-saved")).ToHaveTextAsync("企业信息已保存。");
        await Assertions.Expect(page.GetByLabel("所属行业")).ToHaveValueAsync("集成电路");
        Assert.Equal(Industry.IntegratedCircuits, await EnterpriseAsync(email, e => e.Industry));
        Assert.Equal(new DateOnly(2016, 5, 18), await EnterpriseAsync(email, e => e.EstablishedOn));
        Assert.Equal(9_100_000m, await EnterpriseAsync(email, e => e.AnnualFigures.Single(f => f.Year == lastYear).ResearchExpenditure));
        Assert.Equal(-1_200_000m, await EnterpriseAsync(email, e => e.AnnualFigures.Single(f => f.Year == lastYear).NetProfit));
        Assert.Null(await EnterpriseAsync(email, e => e.AnnualFigures.Single(f => f.Year == lastYear).TotalAssets));

        await BrowserFixture.GoToAsync(page, "/enterprise/profile");
        await Assertions.Expect(yearGroup.GetByLabel("营业收入")).ToHaveValueAsync("85,000,000.50");
        await Assertions.Expect(yearGroup.GetByLabel("研发投入")).ToHaveValueAsync("9,100,000.00");
        await Assertions.Expect(yearGroup.GetByLabel("净利润")).ToHaveValueAsync("-1,200,000.00");
        await Assertions.Expect(page.GetByLabel("高新技术企业首次认定日期")).ToHaveValueAsync("2021-12-15");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Sign out (from the user's menu in the work area's top bar), then back in.
        await page.GetByTestId("current-user").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "登录" }).First).ToBeVisibleAsync();
        await page.GotoAsync("/enterprise");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("电子邮箱（登录账号）").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/enterprise$"));
        await PageChecks.WaitForCircuitAsync(page);
        // The home is the enterprise's work queue, under its own name.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("上海旅程测试科技有限公司");
        await Assertions.Expect(page.GetByTestId("work-queue")).ToBeVisibleAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // The eligibility checker asks only what the profile does not settle, and passes the scan.
        await page.GetByRole(AriaRole.Link, new() { Name = "政策自查" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("可享受政策自查");
        await Assertions.Expect(page.Locator("[data-question=goodCredit]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-question=inChangning]")).ToHaveCountAsync(0);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Before any answer, the clauses one or two questions away come first; an enterprise outside 大零号湾 sees none
        // of its measures there (its profile does not place it in the area).
        var likely = page.GetByTestId("likely-list");
        await Assertions.Expect(likely.Locator("[data-clause^='dalinghaowan-']")).ToHaveCountAsync(0);

        // Saying its project runs in the area settles the 大零号湾 clauses at once: the gazelle award is then one
        // question away, with what it is worth; the clause's own question makes it claimable, with how to claim it.
        var keyQuestions = page.GetByTestId("key-questions");
        await keyQuestions.Locator("[data-question=inDalinghaowan]").GetByLabel("是").CheckAsync();
        var gazelle = likely.Locator("[data-clause='dalinghaowan-2024/08-gazelle-first-qualified']");
        await Assertions.Expect(gazelle).ToContainTextAsync("2,000,000.00 元");
        await Assertions.Expect(gazelle.GetByText("还需回答 1 个问题")).ToBeVisibleAsync();
        // A status the committee holds a list of says so under the question.
        await Assertions.Expect(gazelle.Locator("[data-question=gazelleFirstQualified]")).ToContainTextAsync("资格事项：按所获批文、证书或入选名单作答");
        await gazelle.Locator("[data-question=gazelleFirstQualified]").GetByLabel("是").CheckAsync();
        var claimable = page.GetByTestId("eligible-list").Locator("[data-clause='dalinghaowan-2024/08-gazelle-first-qualified']");
        await Assertions.Expect(claimable).ToContainTextAsync("2,000,000.00 元");
        await Assertions.Expect(claimable.GetByTestId("how-to-claim")).Not.ToBeEmptyAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
    }

    private async Task<T> EnterpriseAsync<T>(string email, Func<Enterprise, T> read)
    {
        var enterprise = await fixture.DbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            return await db.Enterprises.AsNoTracking().Include(e => e.AnnualFigures).SingleAsync(e => e.Id == user.EnterpriseId);
        });
        return read(enterprise);
    }

    [Fact]
    public async Task Staff_pages_and_the_English_switch_pass_the_accessibility_scan()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("电子邮箱（登录账号）").FillAsync("admin@demo.local");
        await page.GetByLabel("密码").FillAsync("Demo#2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await PageChecks.WaitForCircuitAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // The staff account form is a dialog on the accounts page; sent empty, it lists what to fix.
        await BrowserFixture.GoToAsync(page, "/admin/users");
        await page.GetByTestId("create-account").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "创建账号" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("create-dialog").GetByTestId("errors")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "企业名录" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "政策条款", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("政策条款目录");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("main table a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("clause-quote")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await BrowserFixture.GoToAsync(page, "/staff/enterprises");
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await PageChecks.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Enterprises");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Until_the_circuit_connects_a_work_page_is_shown_but_cannot_be_typed_into()
    {
        var page = await fixture.SignInAsync("applicant@demo.local");

        // With the Blazor script held back the page stays as the server first rendered it: visible, marked as
        // connecting, and inert, so nothing typed can be lost when the interactive page replaces it.
        await page.RouteAsync("**/_framework/blazor.web.js", route => route.AbortAsync());
        await page.GotoAsync("/enterprise/profile");
        var main = page.Locator("main#main");
        await Assertions.Expect(main).ToHaveAttributeAsync("data-circuit", "prerendered");
        await Assertions.Expect(main).ToHaveAttributeAsync("inert", "");
        await Assertions.Expect(page.Locator(".portal-connecting")).ToBeVisibleAsync();
        var name = page.Locator("#f-Name");
        await Assertions.Expect(name).ToBeVisibleAsync();
        Assert.False(await name.EvaluateAsync<bool>("e => { e.focus(); return document.activeElement === e; }"));

        // Once the script loads, the same page connects and takes input.
        await page.UnrouteAllAsync();
        await BrowserFixture.GoToAsync(page, "/enterprise/profile");
        await Assertions.Expect(main).Not.ToHaveAttributeAsync("inert", "");
        await Assertions.Expect(page.Locator(".portal-connecting")).ToHaveCountAsync(0);
        Assert.True(await page.Locator("#f-Name").EvaluateAsync<bool>("e => { e.focus(); return document.activeElement === e; }"));
    }
}
