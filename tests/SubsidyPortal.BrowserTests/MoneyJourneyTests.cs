using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// The money journey in Chinese, in Chromium: staff import a 免申即享 list and confirm it; the enterprise confirms
/// its account; one finance user builds a batch from the payable list, a second approves it (the maker cannot) and
/// exports the allocation list (whose 合计 is the sum of its lines), and the payment is recorded once, a stale second
/// try refused. Claw-back recoveries read 8万 and never exceed what is outstanding.
/// </summary>
public sealed class MoneyJourneyTests(MoneyJourneyFixture fixture) : IClassFixture<MoneyJourneyFixture>
{
    private const string Clause = "jinshan-2025/6-2-key-laboratory";

    private Task<IPage> SignInAsync(string email) => fixture.SignInAsync(email);

    private Task<T> DbAsync<T>(Func<PortalDbContext, Task<T>> query) => fixture.DbAsync(query);

    private static string ExampleList()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SubsidyPortal.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Repository root not found."), "docs", "examples", "entitlement-key-laboratory-2026.csv");
    }

    [Fact]
    public async Task An_entitlement_list_becomes_a_paid_award_through_import_account_batch_checker_export_and_payment()
    {
        // 1. Staff upload the list, keep the suggested column mapping, watch the preview and confirm (asked first).
        var staff = await SignInAsync("staff@demo.local");
        await BrowserFixture.GoToAsync(staff, "/committee/entitlements");
        await PageChecks.AssertGoodAtBothWidthsAsync(staff);
        var upload = staff.GetByTestId("upload-list");
        // Sent without a file, the page says so beside the file and keeps what was chosen.
        await upload.GetByTestId("upload-clause").ClickAsync();
        await staff.GetByRole(AriaRole.Option, new() { Name = "国家级、市级重点实验室配套" }).ClickAsync();
        await upload.GetByLabel("资助年度").FillAsync("2026");
        await upload.GetByTestId("upload-submit").ClickAsync();
        await Assertions.Expect(upload.GetByTestId("file-error")).ToContainTextAsync("请选择");
        await Assertions.Expect(upload.GetByLabel("资助年度")).ToHaveValueAsync("2026");
        await upload.GetByTestId("upload-file").SetInputFilesAsync(ExampleList());
        await upload.GetByTestId("upload-submit").ClickAsync();
        await Assertions.Expect(staff).ToHaveURLAsync(new Regex("/committee/entitlements/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
        await Assertions.Expect(staff.GetByTestId("map-columns")).ToBeVisibleAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(staff);
        await staff.GetByTestId("map-submit").ClickAsync();

        // The preview runs in the background; the page follows it until the confirm step appears.
        var confirm = staff.GetByTestId("confirm");
        await Assertions.Expect(confirm).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(confirm.GetByTestId("confirm-submit")).ToContainTextAsync("确认生成 1 项资助，合计 1,200,000.00 元");
        await Assertions.Expect(staff.GetByTestId("rows")).ToContainTextAsync("91310116MA1JCHAT84");
        await PageChecks.AssertGoodAtBothWidthsAsync(staff);
        await confirm.GetByTestId("confirm-submit").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("confirm-dialog")).ToContainTextAsync("1,200,000.00 元");
        await staff.GetByTestId("confirm-cancel").ClickAsync();
        Assert.False(await DbAsync(db => db.Awards.AnyAsync(a => a.ClauseId == Clause && a.Year == 2026)));
        await confirm.GetByTestId("confirm-submit").ClickAsync();
        await staff.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("confirmed")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        var award = await DbAsync(db => db.Awards.AsNoTracking().SingleAsync(a => a.ClauseId == Clause && a.Year == 2026));
        Assert.Equal(AwardSource.AutomaticEntitlement, award.Source);
        Assert.Equal(1_200_000m, award.Amount);

        // 2. The enterprise is told and confirms its account: the award waits for it at the top of its list, highlighted.
        var applicant = await SignInAsync("applicant2@demo.local");
        await BrowserFixture.GoToAsync(applicant, "/enterprise/awards");
        var row = applicant.GetByTestId("awards").Locator("tr", new() { Has = applicant.Locator($"a[data-award='{award.AwardNumber}']") });
        await Assertions.Expect(row.Locator("[data-flag=confirm-account]")).ToBeVisibleAsync();
        await Assertions.Expect(applicant.GetByTestId("awards-to-do")).ToBeVisibleAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(applicant);
        await applicant.GetByRole(AriaRole.Link, new() { Name = award.AwardNumber, Exact = true }).ClickAsync();
        await PageChecks.WaitForCircuitAsync(applicant);
        var account = applicant.GetByTestId("confirm-account");
        await Assertions.Expect(account).ToBeVisibleAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(applicant);
        await account.GetByLabel("户名", new() { Exact = true }).FillAsync("上海金山示范新材料有限公司");
        await account.GetByLabel("开户银行", new() { Exact = true }).FillAsync("中国农业银行上海金山支行");
        await account.GetByLabel("账号", new() { Exact = true }).FillAsync("12-34A");
        await account.GetByRole(AriaRole.Button, new() { Name = "确认收款账户" }).ClickAsync();
        // A slip is named beside the field and in the summary, what was typed stays, and nothing is saved.
        await Assertions.Expect(account.Locator(".mud-input-control.mud-input-error")).ToContainTextAsync("银行账号应为 8 至 30 位数字");
        await Assertions.Expect(account.GetByTestId("errors")).ToContainTextAsync("银行账号应为 8 至 30 位数字");
        await Assertions.Expect(account.GetByLabel("账号", new() { Exact = true })).ToHaveValueAsync("12-34A");
        Assert.Null(await DbAsync(db => db.Awards.Where(a => a.Id == award.Id).Select(a => a.BankAccountConfirmedAt).SingleAsync()));
        await account.GetByLabel("账号", new() { Exact = true }).FillAsync("0338 0104 0009 8765 4");
        await account.GetByRole(AriaRole.Button, new() { Name = "确认收款账户" }).ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("saved")).ToContainTextAsync("收款账户已确认");
        await Assertions.Expect(applicant.GetByTestId("award-account")).ToContainTextAsync("****7654");
        await Assertions.Expect(applicant.GetByTestId("confirm-account")).ToHaveCountAsync(0);

        // 3. The maker starts at the work queue and builds a batch from the payable list, narrowed to this award's
        //    policy and year (an old link to /finance with the filter still lands on the list so filtered).
        var maker = await SignInAsync("finance@demo.local");
        await BrowserFixture.GoToAsync(maker, "/finance");
        await Assertions.Expect(maker.GetByTestId("work-queue")).ToBeVisibleAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(maker);
        await BrowserFixture.GoToAsync(maker, "/finance?policy=jinshan-2025&year=2026");
        await Assertions.Expect(maker).ToHaveURLAsync(new Regex("/finance/payable\\?policy=jinshan-2025&year=2026$"));
        await Assertions.Expect(maker.GetByTestId("payable")).ToContainTextAsync(award.AwardNumber);
        await Assertions.Expect(maker.GetByTestId("build-batch")).ToContainTextAsync("1 笔，合计 1,200,000.00 元");
        await PageChecks.AssertGoodAtBothWidthsAsync(maker);
        await maker.GetByTestId("build-batch").ClickAsync();
        await Assertions.Expect(maker.GetByTestId("build-dialog")).ToContainTextAsync("1,200,000.00 元");
        await maker.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(maker).ToHaveURLAsync(new Regex("/finance/batches/[0-9a-f-]{36}$"));
        var batchUrl = maker.Url;
        await Assertions.Expect(maker.GetByTestId("maker-cannot-approve")).ToBeVisibleAsync();
        await Assertions.Expect(maker.GetByTestId("approve-batch")).ToBeDisabledAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(maker);

        // 4. A second finance user finds it waiting on the work queue, approves it and exports the allocation list.
        var checker = await SignInAsync("finance2@demo.local");
        await BrowserFixture.GoToAsync(checker, "/finance");
        await Assertions.Expect(checker.Locator("[data-section='finance.check']")).ToContainTextAsync("财务经办人");
        await BrowserFixture.GoToAsync(checker, batchUrl);
        await checker.GetByTestId("approve-batch").ClickAsync();
        await Assertions.Expect(checker.GetByTestId("confirm-dialog")).ToContainTextAsync("1,200,000.00 元");
        await checker.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(checker.GetByTestId("checker")).ToContainTextAsync("财务复核人");
        await Assertions.Expect(checker.GetByTestId("allocation-total")).ToContainTextAsync("120 万元");
        var download = await checker.RunAndWaitForDownloadAsync(() => checker.GetByTestId("export-allocation-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var (lines, total) = ReadAllocationList(await download.PathAsync());
        Assert.NotEmpty(lines);
        Assert.Equal(lines.Sum(), total);
        Assert.Equal(120m, total); // 1,200,000 元 = 120 万元

        // 5. The payment is recorded once; the line shows its reference at once and the trail has it. A second tab
        //    that still shows the line unpaid is told "该明细已登记拨付" and shows it paid.
        var stale = await SignInAsync("finance@demo.local");
        await BrowserFixture.GoToAsync(stale, batchUrl);
        await Assertions.Expect(stale.GetByTestId("record-payment")).ToBeVisibleAsync();
        await checker.GetByTestId("record-payment").First.ClickAsync();
        var payForm = checker.GetByTestId("pay-form");
        await payForm.GetByLabel("支付凭证号").FillAsync("ABC2026112300017");
        await checker.GetByTestId("pay-submit").ClickAsync();
        await Assertions.Expect(checker.GetByTestId("paid-reference")).ToContainTextAsync("ABC2026112300017");
        await Assertions.Expect(checker.GetByTestId("money-trail")).ToContainTextAsync("ABC2026112300017");
        await PageChecks.AssertGoodAtBothWidthsAsync(checker);

        await stale.GetByTestId("record-payment").ClickAsync();
        await stale.GetByTestId("pay-form").GetByLabel("支付凭证号").FillAsync("ABC-AGAIN");
        await stale.GetByTestId("pay-submit").ClickAsync();
        await Assertions.Expect(stale.GetByTestId("errors")).ToContainTextAsync("该明细已登记拨付");
        await Assertions.Expect(stale.GetByTestId("paid-reference")).ToContainTextAsync("ABC2026112300017");

        var paid = await DbAsync(db => db.AwardTranches.AsNoTracking().SingleAsync(t => t.AwardId == award.Id));
        Assert.Equal(TrancheStatus.Paid, paid.Status);
        Assert.Equal("ABC2026112300017", paid.PaymentReference);
        Assert.Equal(1, await DbAsync(db => db.Payments.CountAsync(p => p.TrancheId == paid.Id)));
        var actions = await DbAsync(db => db.MoneyEvents.AsNoTracking().Where(e => e.SubjectId == award.Id).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Awarded", "BankAccountConfirmed", "TrancheBatched", "TranchePaid", "Completed"], actions);

        // 6. Finance sees it on the dashboard (SVG charts, no script); the batch list and the claw-backs read well too.
        await checker.GotoAsync("/dashboard?policy=jinshan-2025&by=Clause");
        await Assertions.Expect(checker.GetByTestId("money-table")).ToContainTextAsync("国家级、市级重点实验室配套");
        await Accessibility.AssertNoSeriousViolationsAsync(checker);
        await BrowserFixture.GoToAsync(checker, "/finance/batches");
        await Assertions.Expect(checker.GetByTestId("batches")).ToContainTextAsync("财务复核人");
        await PageChecks.AssertGoodAtBothWidthsAsync(checker);
        await BrowserFixture.GoToAsync(checker, "/finance/clawbacks");
        await Assertions.Expect(checker.GetByTestId("clawbacks")).ToContainTextAsync("收回中");
        await PageChecks.AssertGoodAtBothWidthsAsync(checker);

        // 7. The enterprise sees the payment.
        await applicant.ReloadAsync();
        await Assertions.Expect(applicant.Locator("main")).ToContainTextAsync("ABC2026112300017");
    }

    [Fact]
    public async Task The_award_page_takes_a_progress_report_and_a_change_request_and_keeps_what_was_typed()
    {
        // The demo's award waiting for applicant2 (its account stays unconfirmed, so no batch of the other test takes it),
        // with a reporting schedule set by the committee.
        var awardId = await DbAsync(db => db.Awards.Where(a => a.ClauseId != Clause && a.Status == AwardStatus.Active && a.BankAccountConfirmedAt == null)
            .Select(a => a.Id).SingleAsync());
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var clock = scope.ServiceProvider.GetRequiredService<SubsidyPortal.Application.Abstractions.IClock>();
            var staff = new SubsidyPortal.Domain.Applications.Actor(null, "区科委经办人", SubsidyPortal.Domain.Identity.PortalRoles.CommitteeStaff);
            var scheduled = await scope.ServiceProvider.GetRequiredService<SubsidyPortal.Infrastructure.Money.AftercareService>().SetReportScheduleAsync(
                awardId,
                new SubsidyPortal.Infrastructure.Money.ReportScheduleInput { FirstDueOn = clock.Today.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), IntervalMonths = "6", Count = "2" },
                staff, CancellationToken.None);
            Assert.True(scheduled.Succeeded);
        }

        var applicant = await SignInAsync("applicant2@demo.local");
        await BrowserFixture.GoToAsync(applicant, $"/enterprise/awards/{awardId}");

        // The report due: 8万 is read as 80,000 yuan, more than the nothing paid so far; the field says so and keeps it.
        var report = applicant.GetByTestId("submit-report");
        await Assertions.Expect(applicant.GetByTestId("to-do-report")).ToContainTextAsync("报送第 1 期项目进展");
        await report.GetByLabel("项目进展").FillAsync("实验室改造完成，设备已到货");
        await report.GetByLabel("已使用资助资金").FillAsync("8万");
        await report.GetByLabel("完成进度").FillAsync("40");
        await report.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();
        await Assertions.Expect(report.Locator(".mud-input-control.mud-input-error")).ToContainTextAsync("不超过已拨付金额");
        await Assertions.Expect(report.GetByLabel("已使用资助资金")).ToHaveValueAsync("8万");
        Assert.Equal(ProgressReportStatus.Due, await DbAsync(db => db.ProgressReports.Where(r => r.AwardId == awardId && r.Sequence == 1).Select(r => r.Status).SingleAsync()));
        await report.GetByLabel("已使用资助资金").FillAsync("0");
        await report.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("saved")).ToContainTextAsync("第 1 期项目进展已报送");
        await Assertions.Expect(applicant.GetByTestId("to-do-report")).ToContainTextAsync("报送第 2 期项目进展");
        Assert.Equal(ProgressReportStatus.Submitted, await DbAsync(db => db.ProgressReports.Where(r => r.AwardId == awardId && r.Sequence == 1).Select(r => r.Status).SingleAsync()));

        // A change of investment below both thresholds needs no approval: said beside the new total, figures kept.
        await applicant.GetByTestId("open-change-form").ClickAsync();
        var change = applicant.GetByTestId("file-change");
        await change.Locator(".mud-select").First.ClickAsync();
        await applicant.GetByRole(AriaRole.Option, new() { Name = "（四）项目总投资变动在 10%及以上，项目投资结构变动在50%及以上" }).ClickAsync();
        // The kind's figures appear first; the reason is then typed and left with Tab, as people do (a fill racing
        // that re-render was once sent empty in a full run).
        await Assertions.Expect(change.GetByTestId("investment-figures")).ToBeVisibleAsync();
        await change.GetByLabel("变更内容和理由").FillAsync("调整设备采购清单");
        await change.GetByLabel("变更内容和理由").PressAsync("Tab");
        await change.GetByLabel("原计划总投资").FillAsync("100万");
        await change.GetByLabel("变更后总投资").FillAsync("1,099,900");
        await change.GetByLabel("投资结构变动比例").FillAsync("49.99");
        await change.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Assertions.Expect(change.Locator(".mud-input-control.mud-input-error")).ToContainTextAsync("无需报批");
        await Assertions.Expect(change.GetByLabel("变更后总投资")).ToHaveValueAsync("1,099,900");
        Assert.False(await DbAsync(db => db.ChangeRequests.AnyAsync(r => r.AwardId == awardId)));
        await change.GetByLabel("投资结构变动比例").FillAsync("60");
        await change.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("saved")).ToContainTextAsync("变更申请已提交");
        await Assertions.Expect(applicant.Locator("[data-testid=change-requests] tr[data-kind=Investment][data-status=Pending]")).ToHaveCountAsync(1);
        await PageChecks.AssertGoodAtBothWidthsAsync(applicant);
    }

    [Fact]
    public async Task A_recovery_reads_8万_and_more_than_is_outstanding_is_refused_beside_the_amount()
    {
        var clawback = await DbAsync(db => db.Clawbacks.AsNoTracking().SingleAsync(c => c.Status == ClawbackStatus.Open));
        Assert.True(clawback.Outstanding > 80_000m);
        var finance = await SignInAsync("finance2@demo.local");
        await BrowserFixture.GoToAsync(finance, "/finance/clawbacks");
        await finance.GetByTestId("record-recovery").ClickAsync();
        var form = finance.GetByTestId("recover-form");
        var amount = form.GetByLabel("缴回金额");
        await form.GetByLabel("缴款凭证号").FillAsync("JK-2026-0002");

        // More than is outstanding: refused beside the amount, nothing recorded, what was typed stays.
        await amount.FillAsync("500万");
        await finance.GetByTestId("recover-submit").ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync($"不能超过尚未收回的 {MoneyText.Yuan(clawback.Outstanding)}");
        await Assertions.Expect(amount).ToHaveValueAsync("500万");
        await PageChecks.AssertGoodAtBothWidthsAsync(finance);
        Assert.Equal(clawback.AmountRecovered, await DbAsync(db => db.Clawbacks.Where(c => c.Id == clawback.Id).Select(c => c.AmountRecovered).SingleAsync()));

        // 8万 is 80,000 yuan: recorded, the outstanding figure falls, the trail shows it.
        await amount.FillAsync("8万");
        await finance.GetByTestId("recover-submit").ClickAsync();
        await Assertions.Expect(finance.GetByTestId("saved")).ToBeVisibleAsync();
        var row = finance.Locator("tr", new() { Has = finance.Locator($"[data-clawback='{clawback.Id}']") });
        await Assertions.Expect(row.GetByTestId("outstanding")).ToHaveTextAsync(MoneyText.YuanNumber(clawback.Outstanding - 80_000m));
        await row.GetByTestId("show-trail").ClickAsync();
        await Assertions.Expect(finance.GetByTestId("clawback-trail")).ToContainTextAsync("80,000.00 元");
        await PageChecks.AssertGoodAtBothWidthsAsync(finance);
        Assert.Equal(clawback.AmountRecovered + 80_000m, await DbAsync(db => db.Clawbacks.Where(c => c.Id == clawback.Id).Select(c => c.AmountRecovered).SingleAsync()));
    }

    /// <summary>The 分配金额（万元） of every numbered line, and the 合计 row's figure.</summary>
    private static (List<decimal> Lines, decimal Total) ReadAllocationList(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var lines = new List<decimal>();
        decimal? total = null;
        foreach (var row in rows)
        {
            var cells = row.Elements<Cell>().ToList();
            var first = Text(cells.FirstOrDefault());
            var amount = cells.LastOrDefault(c => c.CellReference!.Value!.StartsWith('D'));
            if (first == "合计")
            {
                total = Number(amount);
            }
            else if (int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out _) && amount is not null)
            {
                lines.Add(Number(amount));
            }
        }

        return (lines, total ?? throw new InvalidOperationException("No 合计 row."));
    }

    private static string Text(Cell? cell) => cell?.InlineString?.InnerText ?? cell?.CellValue?.Text ?? string.Empty;

    private static decimal Number(Cell? cell) => decimal.Parse(cell!.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
