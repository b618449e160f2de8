using System.Net;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Entitlements;

/// <summary>Confirming makes approved awards, tells the enterprises and writes the money trail — each award once.</summary>
public sealed class EntitlementConfirmTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Confirming_makes_the_award_notifies_the_enterprise_and_records_the_money_trail()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var id = await EntitlementSteps.UploadAsync(staff, EntitlementSteps.KeyLaboratory, 2026, "重点实验室名单.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, staff, id);

        await EntitlementSteps.ConfirmAsync(fixture.Factory, staff, id);

        var row = (await EntitlementSteps.RowsAsync(fixture.Factory, id)).Single(r => r.Outcome == EntitlementRowOutcome.Granted);
        var award = await EntitlementSteps.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == row.AwardId));
        Assert.Equal((AwardSource.AutomaticEntitlement, AwardStatus.Active, 1_200_000m, id), (award.Source, award.Status, award.Amount, award.EntitlementImportId));
        Assert.Equal($"entitlement:{EntitlementSteps.KeyLaboratory}:{EntitlementSteps.JinshanUscc}:2026", award.SourceKey);
        Assert.True(await EntitlementSteps.WithDbAsync(fixture.Factory, db => db.Notifications.AnyAsync(n => n.Link == $"/enterprise/awards/{award.Id}")));
        var trail = await EntitlementSteps.WithDbAsync(fixture.Factory, db => db.MoneyEvents.AsNoTracking()
            .Where(e => e.SubjectId == award.Id || e.SubjectId == id).OrderBy(e => e.At).Select(e => e.Action).ToListAsync());
        Assert.Contains("Awarded", trail);
        Assert.Contains("EntitlementConfirmStarted", trail);
        Assert.Contains("EntitlementConfirmed", trail);

        var import = await EntitlementSteps.ImportAsync(fixture.Factory, id);
        Assert.Equal((1, 1_200_000m), (import.GrantedRows, import.GrantedAmount));
        var page = await staff.GetPageAsync($"/committee/entitlements/{id}");
        Assert.NotNull(page.QuerySelector($"a[href='/committee/awards/{award.Id}']"));
        Assert.Contains("已生成 1 项资助", page.QuerySelector("[data-testid=confirmed]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_list_again_makes_nothing_twice()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var first = await EntitlementSteps.UploadAsync(staff, EntitlementSteps.KeyLaboratory, 2027, "list.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, staff, first);
        await EntitlementSteps.ConfirmAsync(fixture.Factory, staff, first);
        var before = await EntitlementSteps.AwardCountAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2027);

        var again = await EntitlementSteps.UploadAsync(staff, EntitlementSteps.KeyLaboratory, 2027, "list-again.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, staff, again);

        var row = (await EntitlementSteps.RowsAsync(fixture.Factory, again))[0];
        Assert.Equal(EntitlementRowOutcome.AlreadyGranted, row.Outcome);
        Assert.Contains("已获得此条款的资助", row.ReasonZh, StringComparison.Ordinal);
        var page = await staff.GetPageAsync($"/committee/entitlements/{again}");
        Assert.NotNull(page.QuerySelector($"[data-testid=same-file] a[href='/committee/entitlements/{first}']"));
        Assert.NotNull(page.QuerySelector("[data-testid=nothing-to-confirm]"));
        Assert.Null(page.QuerySelector("[data-testid=confirm]"));
        Assert.Equal(before, await EntitlementSteps.AwardCountAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2027));
        Assert.Equal(1, before);
    }

    [Fact]
    public async Task Two_overlapping_lists_previewed_before_either_is_confirmed_make_the_award_once()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var one = await EntitlementSteps.UploadAsync(staff, EntitlementSteps.KeyLaboratory, 2028, "a.csv", EntitlementSteps.DemoList());
        var two = await EntitlementSteps.UploadAsync(staff, EntitlementSteps.KeyLaboratory, 2028, "b.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, staff, one);
        await EntitlementSteps.PreviewAsync(fixture.Factory, staff, two);

        await EntitlementSteps.ConfirmAsync(fixture.Factory, staff, one);
        await EntitlementSteps.ConfirmAsync(fixture.Factory, staff, two);

        Assert.Equal(1, await EntitlementSteps.AwardCountAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2028));
        Assert.Equal(EntitlementRowOutcome.AlreadyGranted, (await EntitlementSteps.RowsAsync(fixture.Factory, two))[0].Outcome);
        Assert.Equal(0, (await EntitlementSteps.ImportAsync(fixture.Factory, two)).GrantedRows);
    }

    [Fact]
    public async Task A_confirmed_import_cannot_be_confirmed_again()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var id = await EntitlementSteps.UploadAsync(staff, EntitlementSteps.KeyLaboratory, 2029, "list.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, staff, id);
        var stale = await staff.GetPageAsync($"/committee/entitlements/{id}");
        await EntitlementSteps.ConfirmAsync(fixture.Factory, staff, id);

        // The stale page's form posted again: refused with a message, no second award.
        var token = stale.QuerySelector("[data-testid=confirm] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = stale.QuerySelector("[data-testid=confirm] input[name=Version]")!.GetAttribute("value")!;
        var response = await staff.Http.PostAsync($"/committee/entitlements/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "confirm", ["__RequestVerificationToken"] = token, ["Version"] = version,
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await PortalClient.ParseAsync(response)).QuerySelector("#error-summary"));
        Assert.Equal(1, await EntitlementSteps.AwardCountAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2029));
    }
}
