using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// An expert's visit, in Chinese, in Chromium: signs in to the queue, which names the enterprise and project of each
/// assignment; declares no conflict on a card that names them with the clause, the call and the expert's own
/// organisation; scores, is refused beside the field for a score above the criterion's maximum, corrects it, watches
/// the weighted total as it is typed, submits; and comes back to a shorter queue with the total among the finished.
/// </summary>
public sealed class ExpertJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Expert = "expert@demo.local";
    private const string Enterprise = "上海长宁示范生物医药有限公司";
    private const string Project = "创新券购买检测服务";

    /// <summary>
    /// The demo filing still waiting for its town (Project, by <see cref="Enterprise"/>) taken into expert review
    /// through the workflow, with expert@demo.local drawn: two other experts are retired first, so the three left who
    /// may review the enterprise are exactly the panel.
    /// </summary>
    private async Task<Guid> DrawnForExpertAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var application = await fixture.DbAsync(db => db.Applications.Where(a => a.ProjectName == Project && a.Status == ApplicationStatus.Submitted).SingleAsync());
        var town = await ActorAsync("town@demo.local", PortalRoles.TownOrPark);
        var staff = await ActorAsync("staff@demo.local", PortalRoles.CommitteeStaff);
        var workflow = services.GetRequiredService<ApplicationWorkflow>();
        Assert.True((await workflow.ApplyAsync(application.Id, ApplicationAction.ConfirmByTown, town, new TransitionInput(), CancellationToken.None)).Succeeded);
        Assert.True((await workflow.ApplyAsync(application.Id, ApplicationAction.PassPreliminaryReview, staff, new TransitionInput(), CancellationToken.None)).Succeeded);

        var pool = services.GetRequiredService<ExpertPoolService>();
        foreach (var retired in await fixture.DbAsync(db => db.Experts.Where(e => e.Name == "郑高工" || e.Name == "孙博士").Select(e => e.Id).ToListAsync()))
        {
            Assert.True((await pool.DeactivateAsync(retired, CancellationToken.None)).Succeeded);
        }

        Assert.True((await services.GetRequiredService<ReviewService>().DrawExpertsAsync(application.Id, staff, CancellationToken.None)).Succeeded);
        var me = await ActorAsync(Expert, PortalRoles.Expert);
        return await fixture.DbAsync(db => db.ExpertAssignments
            .Where(a => a.ApplicationId == application.Id && db.Experts.Any(e => e.Id == a.ExpertId && e.UserId == me.UserId))
            .Select(a => a.Id).SingleAsync());
    }

    private Task<Actor> ActorAsync(string email, string role) =>
        fixture.DbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            return new Actor(user.Id, user.DisplayName, role, user.EnterpriseId, user.TownOrParkId);
        });

    [Fact]
    public async Task An_expert_declares_scores_within_each_maximum_and_comes_back_to_a_shorter_queue()
    {
        var assignment = await DrawnForExpertAsync();

        // The queue: two declarations wait (the demo's and this one), each naming the enterprise and the project.
        var page = await fixture.SignInAsync(Expert);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/expert$"));
        var declare = page.Locator("[data-section='expert.declare']");
        await Assertions.Expect(declare.GetByTestId("queue-item")).ToHaveCountAsync(2);
        var entry = declare.GetByTestId("queue-item").Filter(new() { HasText = Project });
        await Assertions.Expect(entry).ToContainTextAsync(Enterprise);
        // The call's 专家评审截止 is on the item.
        var due = await fixture.DbAsync(db => db.Calls.Where(c => c.TitleZh.Contains("第二批")).Select(c => c.ReviewDueOn).SingleAsync());
        await Assertions.Expect(entry.Locator("[data-deadline]")).ToHaveAttributeAsync("data-deadline", due!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var item = entry.GetByRole(AriaRole.Link, new() { Name = Project });
        await Assertions.Expect(item).ToBeVisibleAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // The declaration names whose application it is and where the expert works; nothing of it is shown yet.
        await item.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/expert/assignments/{assignment}$"));
        await PageChecks.WaitForCircuitAsync(page);
        var card = page.GetByTestId("declaration");
        await Assertions.Expect(card).ToContainTextAsync(Enterprise);
        await Assertions.Expect(card).ToContainTextAsync(Project);
        await Assertions.Expect(card).ToContainTextAsync("科技创新券");
        await Assertions.Expect(card).ToContainTextAsync("长宁区鼓励科技创新的若干政策措施");
        await Assertions.Expect(card).ToContainTextAsync("第二批");
        await Assertions.Expect(page.GetByTestId("own-organisation")).ToHaveTextAsync("复旦大学");
        await Assertions.Expect(page.GetByTestId("review-due")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("application-summary")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("score-form")).ToHaveCountAsync(0);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // No conflict: the record and the score form appear.
        await page.GetByTestId("declare-no-conflict").ClickAsync();
        var form = page.GetByTestId("score-form");
        await Assertions.Expect(form).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("application-summary")).ToContainTextAsync(Project);
        await Assertions.Expect(page.GetByTestId("declaration")).ToHaveCountAsync(0);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Above the maximum: refused beside the field, and the total does not count it.
        var innovation = form.Locator("[data-criterion=innovation]");
        await innovation.GetByLabel(new Regex("^得分")).FillAsync("120");
        await innovation.GetByLabel(new Regex("^得分")).PressAsync("Tab");
        await Assertions.Expect(innovation).ToContainTextAsync("本项满分 100 分");
        await Assertions.Expect(form.GetByTestId("live-total")).ToHaveTextAsync("0.00 分");

        // Corrected, the total follows each score as it is typed (weights 30/30/20/20 of 100).
        await innovation.GetByLabel(new Regex("^得分")).FillAsync("80");
        await Assertions.Expect(innovation).Not.ToContainTextAsync("本项满分 100 分");
        await Assertions.Expect(form.GetByTestId("live-total")).ToHaveTextAsync("24.00 分");
        foreach (var (code, score) in new[] { ("benefit", "70"), ("capability", "90"), ("management", "60.5") })
        {
            await form.Locator($"[data-criterion={code}]").GetByLabel(new Regex("^得分")).FillAsync(score);
        }

        await Assertions.Expect(form.GetByTestId("live-total")).ToHaveTextAsync("75.10 分");
        await Assertions.Expect(form.GetByTestId("live-count")).ToHaveTextAsync("已填 4/4 项");

        // A comment is needed for each score: submitting without one says so beside it, and nothing is sent.
        foreach (var code in new[] { "innovation", "benefit", "capability" })
        {
            await form.Locator($"[data-criterion={code}]").GetByLabel("评审意见", new() { Exact = true }).FillAsync("论证充分，实施基础较好。");
        }

        await form.GetByTestId("submit-scores").ClickAsync();
        await Assertions.Expect(form.Locator("[data-criterion=management]")).ToContainTextAsync("每项评分须填写评审意见");
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToHaveCountAsync(0);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await form.Locator("[data-criterion=management]").GetByLabel("评审意见", new() { Exact = true }).FillAsync("财务制度基本健全。");
        await Assertions.Expect(form.Locator("[data-criterion=management]")).Not.ToContainTextAsync("每项评分须填写评审意见");
        await Assertions.Expect(form.GetByTestId("errors")).ToHaveCountAsync(0);
        await form.GetByTestId("submit-scores").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync("75.10");
        await page.GetByTestId("confirm-ok").ClickAsync();

        // The total as recorded; the form is gone.
        await Assertions.Expect(page.GetByTestId("scored")).ToContainTextAsync("75.10");
        await Assertions.Expect(page.GetByTestId("score-form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("submitted-scores")).ToContainTextAsync("60.5 / 100");
        var stored = await fixture.DbAsync(db => db.ExpertAssignments.SingleAsync(a => a.Id == assignment));
        Assert.Equal(75.10m, stored.WeightedTotal);
        Assert.Equal(ConflictDeclaration.NoConflict, stored.Declaration);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Back home: one declaration left, nothing to score, and the total among the finished.
        await page.GetByRole(AriaRole.Link, new() { Name = "返回评审任务" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/expert$"));
        await PageChecks.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("[data-section='expert.declare']").GetByTestId("queue-item")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-section='expert.score']")).ToHaveCountAsync(0);
        var finished = page.GetByTestId("finished").Locator("tr", new() { HasText = Project });
        await Assertions.Expect(finished).ToContainTextAsync("75.10 分");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
    }
}
