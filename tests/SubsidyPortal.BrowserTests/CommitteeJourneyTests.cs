using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// The committee's pages in Chromium, as staff at the office screen use them: the work queue by stage, an application
/// passed from it (a reasonless return refused first, keeping what was typed) and back to a shorter queue; the
/// ranking with 8万 typed in the row, the totals moving before anything is saved, and set-and-propose in one click;
/// the new-call form checked field by field; the expert pool's confirmation before retiring. Every page is checked at
/// 1366 and 390 px.
/// </summary>
public sealed class CommitteeJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Staff = "staff@demo.local";

    private static ILocator Section(IPage page, string key) => page.Locator($"[data-section='{key}']");

    [Fact]
    public async Task From_the_queue_an_application_is_passed_and_the_queue_is_shorter()
    {
        var page = await fixture.SignInAsync(Staff);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/committee$"));
        var preliminary = Section(page, "committee.preliminary");
        await Assertions.Expect(preliminary).ToBeVisibleAsync();
        await Assertions.Expect(preliminary.GetByTestId("oldest")).ToContainTextAsync("最久已等");
        var waiting = await fixture.DbAsync(db => db.Applications.CountAsync(a => a.Status == ApplicationStatus.PreliminaryReview));
        var toDraw = await fixture.DbAsync(db => db.Applications.CountAsync(a => a.Status == ApplicationStatus.ExpertReview && !db.ExpertAssignments.Any(x => x.ApplicationId == a.Id)));
        await Assertions.Expect(preliminary.Locator(".mud-chip")).ToHaveTextAsync(waiting.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("committee-totals")).ToContainTextAsync("在审申报");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // The oldest item opens its review page.
        await preliminary.GetByTestId("queue-item").First.Locator("a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/committee/applications/[0-9a-f-]+$"));
        await PageChecks.WaitForCircuitAsync(page);
        var id = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1]);
        await Assertions.Expect(page.GetByTestId("findings")).ToContainTextAsync("信用审查");
        await Assertions.Expect(page.GetByTestId("application-summary")).ToContainTextAsync("申报材料");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // A return without a reason is refused beside the reason; the deadline typed stays; nothing changes.
        await page.GetByTestId("act-ReturnForCorrection").ClickAsync();
        var deadline = page.Locator("#f-Deadline");
        await deadline.FillAsync("2026-12-10");
        await page.GetByTestId("confirm-ReturnForCorrection").ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-ReturnForCorrection")).ToContainTextAsync("请填写理由");
        await Assertions.Expect(deadline).ToHaveValueAsync("2026-12-10");
        Assert.Equal(ApplicationStatus.PreliminaryReview, await fixture.DbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        // Passed: the new state, and where the queue stands.
        await page.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await page.GetByTestId("act-PassPreliminaryReview").ClickAsync();
        var acted = page.GetByTestId("acted");
        await Assertions.Expect(acted).ToContainTextAsync("初审通过");
        await Assertions.Expect(acted.Locator("[data-status]")).ToContainTextAsync("专家评审中");
        await Assertions.Expect(acted.GetByTestId(waiting > 1 ? "next-item" : "queue-done")).ToBeVisibleAsync();
        Assert.Equal(ApplicationStatus.ExpertReview, await fixture.DbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        await Assertions.Expect(page.GetByTestId("draw")).ToBeVisibleAsync();

        // Back at the queue: one fewer to review, one more to draw experts for.
        await BrowserFixture.GoToAsync(page, "/committee");
        if (waiting > 1)
        {
            await Assertions.Expect(Section(page, "committee.preliminary").Locator(".mud-chip")).ToHaveTextAsync((waiting - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            await Assertions.Expect(Section(page, "committee.preliminary")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("queue-clear")).ToContainTextAsync("待初审");
        }

        await Assertions.Expect(Section(page, "committee.draw").Locator(".mud-chip")).ToHaveTextAsync((toDraw + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_ranking_takes_8万_in_the_row_moves_the_totals_and_sets_and_proposes_in_one_click()
    {
        var call = await fixture.DbAsync(db => db.Calls.AsNoTracking().SingleAsync(c => c.TitleZh.Contains("第二批")));
        var proposed = await fixture.DbAsync(db => db.Applications.AsNoTracking().FirstAsync(a => a.CallId == call.Id && a.Status == ApplicationStatus.ProposedForApproval));
        var page = await fixture.SignInAsync(Staff);
        await BrowserFixture.GoToAsync(page, $"/committee/calls/{call.Id}");

        // Opens on the ranking: the scored rows fit, the unscored one is its own group, never "over the budget".
        var ranking = page.GetByTestId("ranking");
        await Assertions.Expect(ranking.GetByTestId("all-fit")).ToBeVisibleAsync();
        await Assertions.Expect(ranking.GetByTestId("unscored")).ToContainTextAsync("尚未评分");
        await Assertions.Expect(ranking.GetByTestId("budget-line")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("ranking")).Not.ToContainTextAsync("超出预算");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // 预算方案比较 under the ranking: by score, pro rata and all at one percentage side by side. Everything fits, so
        // by score it funds what the ranking has within the budget and no top-up is needed.
        var scenarios = page.GetByTestId("scenarios");
        await Assertions.Expect(scenarios.GetByTestId("scenario-top-up")).ToHaveTextAsync("按得分择优，全部已评分项目均在预算内。");
        var within = (await page.GetByTestId("within-budget").TextContentAsync())!.Replace("元", string.Empty, StringComparison.Ordinal).Trim();
        await Assertions.Expect(scenarios.Locator("[data-testid=scenario-total][data-scenario=ScoreOrder]")).ToHaveTextAsync(within);
        await scenarios.GetByLabel("统一资助比例").FillAsync("50");
        await scenarios.GetByLabel("统一资助比例").PressAsync("Tab");
        await Assertions.Expect(scenarios.Locator("th[data-scenario=FlatPercent]")).ToContainTextAsync("统一 50% 后择优");

        // Taken off the list, the row takes an amount again.
        var row = ranking.Locator($"tr[data-application='{proposed.Id}']");
        await row.GetByTestId("withdraw-proposal").ClickAsync();
        var amount = row.GetByRole(AriaRole.Textbox);
        await Assertions.Expect(amount).ToBeVisibleAsync();

        // 8万 is read as 80,000: the totals move before anything is saved.
        await amount.FillAsync("8万");
        await amount.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("within-budget")).ToContainTextAsync("80,000.00 元");
        await Assertions.Expect(row.GetByTestId("running-total")).ToHaveTextAsync("80,000.00");
        Assert.Equal(ApplicationStatus.ExpertReview, await fixture.DbAsync(db => db.Applications.Where(a => a.Id == proposed.Id).Select(a => a.Status).SingleAsync()));

        // One click sets the amount and proposes.
        await row.GetByTestId("propose").ClickAsync();
        await Assertions.Expect(page.GetByTestId("ranking-saved")).ToContainTextAsync("80,000.00 元");
        await Assertions.Expect(row.Locator("[data-status]")).ToContainTextAsync("拟立项");
        await Assertions.Expect(row.GetByTestId("approved")).ToHaveTextAsync("80,000.00");
        var saved = await fixture.DbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == proposed.Id));
        Assert.Equal(ApplicationStatus.ProposedForApproval, saved.Status);
        Assert.Equal(80_000m, saved.ApprovedAmount);

        // A scenario proposed as a whole: all at 50 %, asked first, recorded with the proposal and said on the page.
        var scenarios2 = page.GetByTestId("scenarios");
        await scenarios2.GetByLabel("统一资助比例").FillAsync("50");
        await scenarios2.GetByLabel("统一资助比例").PressAsync("Tab");
        // Half of the clause's 100,000 (not of the 80,000 approved above): a flat percentage starts from the clause's figure.
        await Assertions.Expect(scenarios2.Locator("[data-testid=scenario-total][data-scenario=FlatPercent]")).ToHaveTextAsync("50,000.00");
        await scenarios2.Locator("td[data-scenario=FlatPercent]").GetByTestId("propose-scenario").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync("统一 50% 后择优");
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.GetByTestId("last-decision")).ToContainTextAsync("本批次已按“统一 50% 后择优”方案拟立项 1 个项目，合计 50,000.00 元");
        await Assertions.Expect(row.GetByTestId("approved")).ToHaveTextAsync("50,000.00");
        Assert.Equal(50_000m, await fixture.DbAsync(db => db.Applications.Where(a => a.Id == proposed.Id).Select(a => a.ApprovedAmount).SingleAsync()));
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Publishing asks first, naming the working days; cancelled, nothing is published.
        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync("个工作日");
        await page.GetByTestId("confirm-cancel").ClickAsync();
        Assert.Equal(ApplicationStatus.ProposedForApproval, await fixture.DbAsync(db => db.Applications.Where(a => a.Id == proposed.Id).Select(a => a.Status).SingleAsync()));

        // The call's applications, filtered by stage in the URL.
        await page.GetByRole(AriaRole.Tab, new() { Name = "本批次申报" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("applications")).ToContainTextAsync("CN-");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task The_calls_list_the_new_call_form_the_application_list_and_the_expert_pool_are_fit_for_both_screens()
    {
        var page = await fixture.SignInAsync(Staff);
        await BrowserFixture.GoToAsync(page, "/committee/calls");
        await Assertions.Expect(page.GetByTestId("calls")).ToContainTextAsync("受理中");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // The new-call form checks a field as it is left, in the words the save would use.
        await page.GetByTestId("new-call").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/committee/calls/new$"));
        await PageChecks.WaitForCircuitAsync(page);
        var budget = page.Locator("#f-Budget");
        // Left with the keyboard, as a clerk does: Tab moves the focus on, which is when the field is read
        // (element.blur() does nothing when the page's focus is elsewhere, as it can be with other browsers running).
        await budget.FillAsync("0");
        await budget.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("open-call")).ToContainTextAsync("预算须为大于零的金额");
        await Assertions.Expect(budget).ToHaveValueAsync("0");
        await budget.FillAsync("200万");
        await budget.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("open-call")).Not.ToContainTextAsync("预算须为大于零的金额");
        await page.GetByTestId("open-call-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("errors")).ToContainTextAsync("未找到该政策");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await BrowserFixture.GoToAsync(page, "/committee/applications?stage=Scoring");
        await Assertions.Expect(page.GetByTestId("applications")).ToContainTextAsync("张江专项匹配");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Retiring an expert asks first; cancelled, the expert stays in the pool.
        await BrowserFixture.GoToAsync(page, "/committee/experts");
        var experts = page.GetByTestId("experts");
        await Assertions.Expect(experts).ToContainTextAsync("在库");
        await experts.GetByTestId("retire").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync("不会再被抽取");
        await page.GetByTestId("confirm-cancel").ClickAsync();
        Assert.Equal(0, await fixture.DbAsync(db => db.Experts.CountAsync(e => !e.Active)));
        await page.GetByTestId("show-enrol").ClickAsync();
        await Assertions.Expect(page.GetByTestId("enrol-form")).ToBeVisibleAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
    }
}
