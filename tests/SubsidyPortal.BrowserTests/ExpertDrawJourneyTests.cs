using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// The verifiable draw in Chromium: an expert declares, on their own page, shares in an enterprise (a former employment
/// ending tomorrow refused beside its date first); staff draw experts for that enterprise's filing and read the draw
/// record — the commitment with the seed hash, the candidates, that expert left out for the shareholding, the published
/// seed, the experts drawn and 可复核. Both pages at 1366 and 390 px.
/// </summary>
public sealed class ExpertDrawJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Expert = "expert@demo.local";
    private const string Project = "创新券购买检测服务";

    [Fact]
    public async Task An_expert_declares_a_shareholding_and_staff_see_the_draw_record_leave_them_out()
    {
        var application = await fixture.DbAsync(db => db.Applications.Where(a => a.ProjectName == Project && a.Status == ApplicationStatus.Submitted)
            .Join(db.Enterprises, a => a.EnterpriseId, e => e.Id, (a, e) => new { a.Id, Enterprise = e.Name }).SingleAsync());

        var page = await fixture.SignInAsync(Expert);
        await BrowserFixture.GoToAsync(page, "/expert/declarations");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "利益关系申报", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("none-declared")).ToBeVisibleAsync();

        // A former employment that "ends" tomorrow is refused beside the date; what was typed stays.
        await page.GetByTestId("kind-FormerEmployer").ClickAsync();
        await page.Locator("#f-OrganisationName").FillAsync("某研究院");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator("#f-EndedOn").FillAsync(tomorrow);
        await page.Locator("#f-EndedOn").BlurAsync();
        await page.GetByTestId("declare").ClickAsync();
        await Assertions.Expect(page.GetByTestId("declare-form")).ToContainTextAsync("离职日期不能晚于今天");
        await Assertions.Expect(page.Locator("#f-OrganisationName")).ToHaveValueAsync("某研究院");

        // The shareholding is declared and listed.
        await page.GetByTestId("kind-Shareholding").ClickAsync();
        await page.Locator("#f-OrganisationName").FillAsync(application.Enterprise);
        await page.GetByTestId("declare").ClickAsync();
        await Assertions.Expect(page.GetByTestId("declared")).ToContainTextAsync(application.Enterprise);
        await Assertions.Expect(page.GetByTestId("relationship")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("relationship")).ToContainTextAsync("持股企业");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Staff take the filing into expert review and draw.
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<ApplicationWorkflow>();
            Assert.True((await workflow.ApplyAsync(application.Id, ApplicationAction.ConfirmByTown, await ActorAsync("town@demo.local", PortalRoles.TownOrPark), new TransitionInput(), CancellationToken.None)).Succeeded);
            Assert.True((await workflow.ApplyAsync(application.Id, ApplicationAction.PassPreliminaryReview, await ActorAsync("staff@demo.local", PortalRoles.CommitteeStaff), new TransitionInput(), CancellationToken.None)).Succeeded);
        }

        var staff = await fixture.SignInAsync("staff@demo.local");
        await BrowserFixture.GoToAsync(staff, $"/committee/applications/{application.Id}");
        await staff.GetByTestId("draw").ClickAsync();
        var record = staff.GetByTestId("draw-record");
        await Assertions.Expect(record).ToHaveCountAsync(1);
        await Assertions.Expect(record.GetByTestId("draw-verified")).ToContainTextAsync("可复核");
        var stored = await fixture.DbAsync(db => db.ExpertDraws.AsNoTracking().SingleAsync(d => d.ApplicationId == application.Id));
        await Assertions.Expect(record.GetByTestId("seed-hash")).ToHaveTextAsync(Convert.ToHexStringLower(stored.SeedHash));
        await Assertions.Expect(record.GetByTestId("seed")).ToHaveTextAsync(Convert.ToHexStringLower(stored.Seed!));
        var expertName = await fixture.DbAsync(db => db.Experts.Where(e => db.Users.Any(u => u.Id == e.UserId && u.Email == Expert)).Select(e => e.Name).SingleAsync());
        await Assertions.Expect(record.GetByTestId("draw-exclusions")).ToContainTextAsync($"{expertName}：申报持有申报企业股份（{application.Enterprise}）");
        await Assertions.Expect(record.GetByTestId("draw-drawn")).Not.ToContainTextAsync(expertName);
        await Assertions.Expect(record).ToContainTextAsync("抽取承诺");
        await Assertions.Expect(record).ToContainTextAsync($"replay-draw {await fixture.DbAsync(db => db.Applications.Where(a => a.Id == application.Id).Select(a => a.ReferenceNumber).SingleAsync())}");
        await PageChecks.AssertGoodAtBothWidthsAsync(staff);
    }

    private Task<Actor> ActorAsync(string email, string role) =>
        fixture.DbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            return new Actor(user.Id, user.DisplayName, role, user.EnterpriseId, user.TownOrParkId);
        });
}
