using System.Net;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>Staff release a later tranche from the award page only once it is due, and only with a note.</summary>
public sealed class TrancheReleasePageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_later_tranche_is_offered_for_release_only_when_due_and_needs_a_note()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 300_000m, ruleTranches: AftercareData.ThreeYears);
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var url = $"/committee/awards/{awardId}";

        var before = await staff.GetPageAsync(url);
        Assert.Null(before.QuerySelector("[data-testid=release-tranche-2]"));
        Assert.NotNull(before.QuerySelector("[data-testid=not-due-2]"));

        fixture.Factory.Clock.MoveTo(DateOnly.FromDateTime(PortalFactory.TestDay.Date).AddYears(1));
        try
        {
            var noNote = await staff.SubmitAsync(url, "release-tranche-2", new Dictionary<string, string> { ["Release.Note"] = "" });
            Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
            Assert.Contains("请填写说明", (await PortalClient.ParseAsync(noNote)).QuerySelector("#f-release-tranche-2-Release-Note-error")!.TextContent, StringComparison.Ordinal);

            var released = await staff.SubmitAsync(url, "release-tranche-2", new Dictionary<string, string> { ["Release.Note"] = "已核第 2 个租赁年度租金支付凭证" });
            Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        }
        finally
        {
            fixture.Factory.Clock.MoveTo(DateOnly.FromDateTime(PortalFactory.TestDay.Date));
        }

        var award = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == awardId));
        Assert.Equal([TrancheStatus.Payable, TrancheStatus.Payable, TrancheStatus.Scheduled], award.Tranches.OrderBy(t => t.Sequence).Select(t => t.Status));
        Assert.Contains(await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.Where(e => e.SubjectId == awardId).Select(e => e.Action).ToListAsync()), a => a == "TrancheReleased");
    }
}
