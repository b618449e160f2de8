using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Domain.Awards;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// A claw-back the enterprise cannot repay at once, in Chromium: finance agrees an instalment plan (seen before saving),
/// the enterprise sees what falls due when on its award page; one finance user asks to write off the rest, the same
/// user cannot approve it, a second does, and the committee's award page shows it written off. Each page at 1366 and 390 px.
/// </summary>
public sealed class ClawbackJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_instalment_plan_is_agreed_and_the_rest_written_off_by_two_finance_users()
    {
        var clawback = await fixture.DbAsync(db => db.Clawbacks.AsNoTracking().SingleAsync(c => c.Status == ClawbackStatus.Open));
        var outstanding = clawback.Outstanding;
        var maker = await fixture.SignInAsync("finance@demo.local");
        await BrowserFixture.GoToAsync(maker, "/finance/clawbacks");
        var row = maker.Locator("tr", new() { Has = maker.Locator($"[data-clawback='{clawback.Id}']") });

        // 1. Three monthly instalments: the dialog shows them before anything is saved; they add up to the outstanding sum.
        await row.GetByTestId("agree-plan").ClickAsync();
        var form = maker.GetByTestId("plan-form");
        await form.GetByLabel("期数").FillAsync("3");
        await Assertions.Expect(form.Locator("[data-testid=plan-preview] li")).ToHaveCountAsync(3);
        var each = Math.Floor(outstanding * 100m / 3) / 100m;
        await Assertions.Expect(form.GetByTestId("plan-preview")).ToContainTextAsync(MoneyText.Yuan(outstanding - (2 * each)));
        await PageChecks.AssertGoodAtBothWidthsAsync(maker);
        await maker.GetByTestId("plan-submit").ClickAsync();
        await Assertions.Expect(maker.GetByTestId("saved")).ToContainTextAsync("分期缴回计划");
        await Assertions.Expect(row.GetByTestId("next-instalment")).ToContainTextAsync(MoneyText.Yuan(each));
        Assert.Equal(3, await fixture.DbAsync(db => db.Set<ClawbackInstalment>().CountAsync(i => i.ClawbackId == clawback.Id)));

        // 2. The enterprise sees the plan on its award page.
        var email = await fixture.DbAsync(db => db.Users.Where(u => u.EnterpriseId == clawback.EnterpriseId).Select(u => u.Email!).FirstAsync());
        var enterprise = await fixture.SignInAsync(email);
        await BrowserFixture.GoToAsync(enterprise, $"/enterprise/awards/{clawback.AwardId}");
        await Assertions.Expect(enterprise.Locator("[data-testid=instalment-plan] li[data-state=Due]")).ToHaveCountAsync(3);
        await Assertions.Expect(enterprise.GetByTestId("instalment-plan")).ToContainTextAsync("第 1 期");
        await PageChecks.AssertGoodAtBothWidthsAsync(enterprise);

        // 3. The maker asks to write off the rest: a reason is required; then the request waits for someone else.
        await row.GetByTestId("write-off").ClickAsync();
        var writeOff = maker.GetByTestId("write-off-form");
        await maker.GetByTestId("write-off-propose").ClickAsync();
        await Assertions.Expect(writeOff).ToContainTextAsync("请填写理由");
        await writeOff.GetByLabel("理由").FillAsync("企业已注销，经法院裁定无可执行财产");
        await PageChecks.AssertGoodAtBothWidthsAsync(maker);
        await maker.GetByTestId("write-off-propose").ClickAsync();
        await Assertions.Expect(row.GetByTestId("write-off-pending-chip")).ToBeVisibleAsync();
        await row.GetByTestId("write-off").ClickAsync();
        await Assertions.Expect(maker.GetByTestId("write-off-form")).ToContainTextAsync("另一位财务人员");
        await Assertions.Expect(maker.GetByTestId("write-off-approve")).ToHaveCountAsync(0);
        await maker.GetByTestId("confirm-cancel").ClickAsync();

        // 4. A second finance user approves: the claw-back closes as written off.
        var checker = await fixture.SignInAsync("finance2@demo.local");
        await BrowserFixture.GoToAsync(checker, "/finance/clawbacks");
        var checkerRow = checker.Locator("tr", new() { Has = checker.Locator($"[data-clawback='{clawback.Id}']") });
        await checkerRow.GetByTestId("write-off").ClickAsync();
        await Assertions.Expect(checker.GetByTestId("write-off-amount")).ToContainTextAsync(MoneyText.Yuan(outstanding));
        await PageChecks.AssertGoodAtBothWidthsAsync(checker);
        await checker.GetByTestId("write-off-approve").ClickAsync();
        await Assertions.Expect(checker.GetByTestId("saved")).ToContainTextAsync("核销已处理");
        await Assertions.Expect(checker.Locator($"[data-clawback='{clawback.Id}']")).ToHaveAttributeAsync("data-status", nameof(ClawbackStatus.WrittenOff));
        await checkerRow.GetByTestId("show-trail").ClickAsync();
        await Assertions.Expect(checker.GetByTestId("clawback-trail")).ToContainTextAsync("核销（复核通过）");
        await PageChecks.AssertGoodAtBothWidthsAsync(checker);

        var closed = await fixture.DbAsync(db => db.Clawbacks.AsNoTracking().SingleAsync(c => c.Id == clawback.Id));
        Assert.Equal(ClawbackStatus.WrittenOff, closed.Status);
        Assert.Equal(outstanding, closed.AmountWrittenOff);

        // 5. The committee's award page shows what was written off.
        var staff = await fixture.SignInAsync("staff@demo.local");
        await BrowserFixture.GoToAsync(staff, $"/committee/awards/{clawback.AwardId}");
        await Assertions.Expect(staff.GetByTestId("clawback-written-off")).ToContainTextAsync(MoneyText.Yuan(outstanding));
        await PageChecks.AssertGoodAtBothWidthsAsync(staff);
    }
}
