using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Testing;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// The town/park officer at the office screen: signs in to the filings waiting for it, declines one (first with an
/// empty reason, which is named beside the field, then with a reason after the dialog), goes on to the next one,
/// confirms it, and is back at a queue with nothing left. Every page of the role is checked at both widths.
/// </summary>
public sealed partial class TownJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string DemoWaiting = "创新券购买检测服务";

    [Fact]
    public async Task The_officer_declines_one_filing_with_a_reason_confirms_the_next_and_returns_to_a_shorter_queue()
    {
        const string project = "区级创新资金（镇确认测试）";
        var declined = await TestFilings.SubmittedAsync(fixture.Factory, project);

        // Signing in lands on the work queue, under the town's name, with both waiting filings.
        var page = await fixture.SignInAsync("town@demo.local");
        await Assertions.Expect(page).ToHaveURLAsync(TownHome());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("新泾镇");
        var waiting = page.Locator("[data-section='town.confirm']");
        await Assertions.Expect(waiting.GetByTestId("queue-item")).ToHaveCountAsync(2);
        await Assertions.Expect(waiting).ToContainTextAsync(project);
        await Assertions.Expect(waiting).ToContainTextAsync(DemoWaiting);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Open it from the queue.
        await waiting.GetByRole(AriaRole.Link, new() { Name = project, Exact = false }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(project);
        await Assertions.Expect(page.GetByTestId("application-summary")).ToContainTextAsync("经认定的区级创新资金项目");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // 不予确认 without a reason: the message is beside the field, no dialog, nothing changes.
        await page.GetByTestId("decline").ClickAsync();
        await Assertions.Expect(page.GetByTestId("decision")).ToContainTextAsync("请填写理由");
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToHaveCountAsync(0);
        Assert.Equal(ApplicationStatus.Submitted, await StatusAsync(declined));
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // With a reason, the dialog says what will happen; cancelling changes nothing, confirming declines.
        await page.GetByLabel("不予确认的理由").FillAsync("企业注册地已迁出本镇，不属本镇（园区）企业。");
        await page.GetByTestId("decline").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync("此操作不能撤销");
        await page.GetByTestId("confirm-cancel").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToHaveCountAsync(0);
        Assert.Equal(ApplicationStatus.Submitted, await StatusAsync(declined));
        await page.GetByTestId("decline").ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.GetByTestId("decided")).ToContainTextAsync("已不予确认");
        await Assertions.Expect(page.GetByTestId("application-summary").Locator("[data-status]").First).ToContainTextAsync("不予支持");
        Assert.Equal(ApplicationStatus.Rejected, await StatusAsync(declined));
        Assert.Equal("企业注册地已迁出本镇，不属本镇（园区）企业。", await fixture.DbAsync(db => db.Applications.Where(a => a.Id == declined).Select(a => a.DecisionReason).SingleAsync()));
        await Assertions.Expect(page.GetByTestId("others-waiting")).ToContainTextAsync("还有 1 条");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // 下一条待确认: the demo's filing; 确认 sends it to the committee, and nothing else waits.
        await page.GetByTestId("next-waiting").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(DemoWaiting);
        await page.GetByTestId("confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("decided")).ToContainTextAsync("已确认");
        await Assertions.Expect(page.GetByTestId("application-summary").Locator("[data-status]").First).ToContainTextAsync("初审中");
        await Assertions.Expect(page.GetByTestId("others-waiting")).ToContainTextAsync("没有其他待确认的申报");
        await Assertions.Expect(page.GetByTestId("next-waiting")).ToHaveCountAsync(0);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
        var confirmed = await fixture.DbAsync(db => db.ApplicationEvents.CountAsync(e => e.Action == nameof(ApplicationAction.ConfirmByTown)
            && db.Applications.Any(a => a.Id == e.ApplicationId && a.ProjectName == DemoWaiting)));
        Assert.Equal(1, confirmed);

        // Back at the queue: nothing waits any more, and the navigation count is gone.
        await page.GetByTestId("back-to-queue").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(TownHome());
        await Assertions.Expect(page.Locator("[data-section='town.confirm']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("queue-clear")).ToContainTextAsync("待确认的申报");
        await Assertions.Expect(page.Locator(".portal-nav .portal-count")).ToHaveCountAsync(0);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task A_filing_another_officer_decided_meanwhile_says_so_in_chinese_and_shows_where_it_stands()
    {
        var id = await TestFilings.SubmittedAsync(fixture.Factory, "区级创新资金（他人已处理）");
        var page = await fixture.SignInAsync("town@demo.local");
        await BrowserFixture.GoToAsync(page, $"/town/applications/{id}");
        await Assertions.Expect(page.GetByTestId("confirm")).ToBeVisibleAsync();

        // A colleague confirms it from another screen while this page still offers the buttons.
        var colleague = await TestFilings.ActorAsync(fixture.Factory, "town@demo.local");
        var town = fixture.Factory.Services.GetRequiredService<SubsidyPortal.Application.Towns.ITownOrParkWork>();
        Assert.True((await town.ConfirmAsync(id, colleague, CancellationToken.None)).Succeeded);

        await page.GetByLabel("不予确认的理由").FillAsync("材料不全。");
        await page.GetByTestId("decline").ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.GetByTestId("errors")).ToContainTextAsync("该申报当前所处环节不能进行此操作。");
        await Assertions.Expect(page.GetByTestId("application-summary").Locator("[data-status]").First).ToContainTextAsync("初审中");
        await Assertions.Expect(page.GetByTestId("decline")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("back-to-queue")).ToBeVisibleAsync();
        Assert.Equal(ApplicationStatus.PreliminaryReview, await StatusAsync(id));
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Every_page_of_the_town_reads_well_at_the_office_and_on_a_phone()
    {
        var page = await fixture.SignInAsync("town@demo.local");

        // Filings: the list loads, searches (kept in the URL) and opens a filing.
        await BrowserFixture.GoToAsync(page, "/town/applications");
        var filings = page.GetByTestId("town-filings");
        await Assertions.Expect(filings.GetByTestId("filing-link").First).ToBeVisibleAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
        await page.GetByLabel("搜索企业、项目名称或申报编号").FillAsync("张江");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("search=%E5%BC%A0%E6%B1%9F"));
        await Assertions.Expect(filings.GetByTestId("filing-link")).ToHaveCountAsync(2);
        await BrowserFixture.GoToAsync(page, "/town/applications?status=Approved");
        await Assertions.Expect(filings.GetByTestId("filing-link")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("total")).ToContainTextAsync("共 1 条");
        await filings.GetByTestId("filing-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("decision")).ToContainTextAsync("无需您处理");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Enterprises: list, search by credit code, one enterprise with its filings and awards.
        await BrowserFixture.GoToAsync(page, "/town/enterprises");
        var enterprises = page.GetByTestId("enterprise-table");
        await Assertions.Expect(enterprises.GetByTestId("enterprise-link")).ToHaveCountAsync(3);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
        var uscc = await fixture.DbAsync(db => db.Enterprises.Where(e => e.Name == "上海长宁示范工业软件有限公司").Select(e => e.Uscc).SingleAsync());
        await page.GetByLabel("企业名称或统一社会信用代码").FillAsync(uscc.ToString());
        await Assertions.Expect(enterprises.GetByTestId("enterprise-link")).ToHaveCountAsync(1);
        await enterprises.GetByTestId("enterprise-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("enterprise-name")).ToHaveTextAsync("上海长宁示范工业软件有限公司");
        await Assertions.Expect(page.GetByTestId("enterprise-awards")).ToBeVisibleAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Awards: list and one award with its payments and money trail, read-only.
        await BrowserFixture.GoToAsync(page, "/town/awards");
        var awards = page.GetByTestId("awards");
        await Assertions.Expect(awards.GetByTestId("award-link").First).ToBeVisibleAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
        await awards.GetByTestId("award-link").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("award-figures")).ToContainTextAsync("元");
        await Assertions.Expect(page.GetByTestId("money-trail")).ToContainTextAsync("生成资助");
        await Assertions.Expect(page.Locator("main form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("main button")).ToHaveCountAsync(0);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
    }

    private Task<ApplicationStatus> StatusAsync(Guid id) => fixture.DbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    [GeneratedRegex("/town$")]
    private static partial Regex TownHome();
}
