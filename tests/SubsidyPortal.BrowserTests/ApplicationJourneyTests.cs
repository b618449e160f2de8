using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// The whole journey in Chinese, in Chromium: an applicant files with uploads and submits; the town/park
/// confirms; staff pass it; three experts declare and score; staff rank and propose and publish; the notice
/// window passes on the portal's clock and the background job approves; the applicant sees every step.
/// </summary>
public sealed class ApplicationJourneyTests(JourneyFixture fixture) : IClassFixture<JourneyFixture>
{
    private const string Clause = "changning-2024/4-district-innovation-fund";
    private const string Project = "工业互联网平台研发（旅程测试）";

    private Task<IPage> SignInAsync(string email) => fixture.SignInAsync(email);

    private Task<T> DbAsync<T>(Func<PortalDbContext, Task<T>> query) => fixture.DbAsync(query);

    [Fact]
    public async Task An_application_goes_from_filing_to_approval_and_the_applicant_sees_every_step()
    {
        // 1. The applicant files: project, answers, one file per checklist item, the pledge, submit.
        var applicant = await SignInAsync("applicant@demo.local");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "申报批次" }).ClickAsync();
        var start = applicant.GetByTestId($"start-{Clause}");
        await Assertions.Expect(start).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(applicant);
        await FilingSteps.StartAsync(applicant, Clause, Project);
        var url = applicant.Url;

        await FilingSteps.AnswerYesAsync(applicant, "operatingNormally", "districtInnovationFundRecognised");
        await Accessibility.AssertNoSeriousViolationsAsync(applicant);
        await applicant.GetByTestId("save-next").ClickAsync();
        await FilingSteps.UploadEveryItemAsync(applicant);
        await Accessibility.AssertNoSeriousViolationsAsync(applicant);
        await applicant.GetByTestId("to-review").ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("preview")).ToContainTextAsync("符合条件");
        await applicant.GetByLabel("本单位已阅读并作出上述承诺").CheckAsync();
        await applicant.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("submitted")).ToBeVisibleAsync();
        await Assertions.Expect(applicant.Locator("[data-status]").First).ToContainTextAsync("已提交，待镇（园区）确认");
        var id = Guid.Parse(new Uri(applicant.Url).AbsolutePath.Split('/')[^1]);

        // 2. The town/park confirms its enterprise's filing on its work page (interactive: wait for the circuit).
        var town = await SignInAsync("town@demo.local");
        await BrowserFixture.GoToAsync(town, $"/town/applications/{id}");
        await Accessibility.AssertNoSeriousViolationsAsync(town);
        await town.GetByTestId("confirm").ClickAsync();
        await Assertions.Expect(town.GetByTestId("decided")).ToContainTextAsync("已确认");
        await Assertions.Expect(town.GetByTestId("application-summary")).ToContainTextAsync("初审中");

        // 3. Committee staff pass the preliminary review and draw three experts.
        var staff = await SignInAsync("staff@demo.local");
        await BrowserFixture.GoToAsync(staff, $"/committee/applications/{id}");
        await Assertions.Expect(staff.GetByTestId("findings")).ToContainTextAsync("信用审查");
        await Accessibility.AssertNoSeriousViolationsAsync(staff);
        await staff.GetByTestId("act-PassPreliminaryReview").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("acted")).ToContainTextAsync("初审通过");
        await staff.GetByTestId("draw").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("assignments").Locator("tbody tr")).ToHaveCountAsync(3);

        // 4. Each drawn expert declares no conflict, then scores every criterion with a comment.
        var drawn = await DbAsync(db => db.ExpertAssignments.Where(a => a.ApplicationId == id)
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { a.Id, e.UserId }).ToListAsync());
        var scores = new[] { "86", "78", "91" };
        for (var n = 0; n < drawn.Count; n++)
        {
            var userId = drawn[n].UserId;
            var email = await DbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync());
            var expert = await SignInAsync(email);
            await BrowserFixture.GoToAsync(expert, $"/expert/assignments/{drawn[n].Id}");
            await Assertions.Expect(expert.GetByTestId("declaration")).ToContainTextAsync(Project);
            await Assertions.Expect(expert.GetByTestId("application-summary")).ToHaveCountAsync(0);
            await expert.GetByTestId("declare-no-conflict").ClickAsync();
            var form = expert.GetByTestId("score-form");
            // Wait for the declaration to come back: reading the fields earlier would find none, and on a loaded CI
            // machine it can take a while.
            await Assertions.Expect(form).ToBeVisibleAsync(new() { Timeout = 90_000 });
            foreach (var input in await form.GetByLabel(new Regex("^得分")).AllAsync())
            {
                await input.FillAsync(scores[n]);
            }

            foreach (var comment in await form.GetByLabel("评审意见", new() { Exact = true }).AllAsync())
            {
                await comment.FillAsync("技术路线清晰，实施基础较好。");
            }

            await Assertions.Expect(form.GetByTestId("live-total")).ToContainTextAsync(scores[n]);
            await Accessibility.AssertNoSeriousViolationsAsync(expert);
            await form.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
            await expert.GetByTestId("confirm-ok").ClickAsync();
            await Assertions.Expect(expert.GetByTestId("scored")).ToContainTextAsync(scores[n]);
            await expert.Context.CloseAsync();
        }

        // 5. Staff rank the call within its budget, set the amount and propose in one step, and publish the list.
        await BrowserFixture.GoToAsync(staff, $"/committee/applications/{id}");
        await Assertions.Expect(staff.GetByTestId("aggregate")).ToContainTextAsync("85.00");
        var callId = await DbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.CallId).SingleAsync());
        await BrowserFixture.GoToAsync(staff, $"/committee/calls/{callId}?tab=ranking");
        await Accessibility.AssertNoSeriousViolationsAsync(staff);
        var row = staff.GetByTestId("ranking").Locator($"tr[data-application='{id}']");
        var amount = row.GetByRole(AriaRole.Textbox);
        await amount.FillAsync("120000.00"); // above the clause's 10 万元 ceiling
        await row.GetByTestId("propose").ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("不超过条款规定的金额或上限");
        await Assertions.Expect(row).ToContainTextAsync("100,000.00 元");
        await Assertions.Expect(row.Locator("[data-status]")).ToContainTextAsync("专家评审中");
        await amount.FillAsync("80000.00");
        await row.GetByTestId("propose").ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).Filter(new() { HasText = "已列入拟立项" })).ToContainTextAsync("80,000.00 元");
        await Assertions.Expect(staff.GetByTestId("ranking").Locator($"tr[data-application='{id}']")).ToContainTextAsync("拟立项");
        await staff.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("confirm-dialog")).ToContainTextAsync("5 个工作日");
        await staff.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(staff).ToHaveURLAsync(new Regex("/notices/"));
        await Assertions.Expect(staff.GetByTestId("notice-entries")).ToContainTextAsync(Project);
        await Assertions.Expect(staff.GetByTestId("notice-entries").Locator("tr", new() { HasText = Project }).Locator("td").Nth(4)).ToHaveTextAsync("8");
        await Accessibility.AssertNoSeriousViolationsAsync(staff);

        // 6. The notice window passes on the portal's clock; the background job approves without anyone acting.
        var lastDay = await DbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.NoticeLastDay!.Value).SingleAsync());
        fixture.Factory.Clock.MoveTo(lastDay.AddDays(1));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await DbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()) != ApplicationStatus.Approved)
        {
            Assert.True(DateTime.UtcNow < deadline, "the approval job did not approve the application within 30 seconds");
            await Task.Delay(250);
        }

        // 7. The applicant sees every step on the timeline, and the messages that came with them.
        await BrowserFixture.GoToAsync(applicant, url);
        await Assertions.Expect(applicant.Locator("[data-status]").First).ToContainTextAsync("已立项");
        var timeline = applicant.GetByTestId("timeline");
        foreach (var step in new[] { "创建草稿", "提交申报", "镇（园区）确认", "初审通过", "列入拟立项名单", "公示", "公示期满立项" })
        {
            await Assertions.Expect(timeline).ToContainTextAsync(step);
        }

        await Accessibility.AssertNoSeriousViolationsAsync(applicant);
        await applicant.GetByTestId("messages-link").ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("notifications")).ToContainTextAsync("已立项");
    }
}
