using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Common;
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
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2026, "重点实验室名单.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, id);

        await EntitlementSteps.ConfirmAsync(fixture.Factory, id);

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
        // The granted row links its award (the page's rows come from RowsAsync; the link is pinned in the browser).
        var granted = await EntitlementSteps.Service(fixture.Factory).RowsAsync(
            id, EntitlementRowOutcome.Granted, new PageRequest(), await EntitlementSteps.StaffAsync(fixture.Factory), CancellationToken.None);
        Assert.Equal(award.Id, Assert.Single(granted.Items).AwardId);
        var page = await staff.GetPageAsync($"/committee/entitlements/{id}");
        Assert.Contains("已生成 1 项资助", page.QuerySelector("[data-testid=confirmed]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_list_again_makes_nothing_twice()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var first = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2027, "list.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, first);
        await EntitlementSteps.ConfirmAsync(fixture.Factory, first);
        var before = await EntitlementSteps.AwardCountAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2027);

        var again = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2027, "list-again.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, again);

        var row = (await EntitlementSteps.RowsAsync(fixture.Factory, again))[0];
        Assert.Equal(EntitlementRowOutcome.AlreadyGranted, row.Outcome);
        Assert.Contains("已获得此条款的资助", row.ReasonZh, StringComparison.Ordinal);
        var view = await EntitlementSteps.DetailAsync(fixture.Factory, again);
        Assert.Equal([first], view.SameFile.Select(i => i.Id));
        Assert.False(view.MayConfirm);
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
        var one = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2028, "a.csv", EntitlementSteps.DemoList());
        var two = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2028, "b.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, one);
        await EntitlementSteps.PreviewAsync(fixture.Factory, two);

        await EntitlementSteps.ConfirmAsync(fixture.Factory, one);
        await EntitlementSteps.ConfirmAsync(fixture.Factory, two);

        Assert.Equal(1, await EntitlementSteps.AwardCountAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2028));
        Assert.Equal(EntitlementRowOutcome.AlreadyGranted, (await EntitlementSteps.RowsAsync(fixture.Factory, two))[0].Outcome);
        Assert.Equal(0, (await EntitlementSteps.ImportAsync(fixture.Factory, two)).GrantedRows);
    }

    [Fact]
    public async Task A_confirmed_import_cannot_be_confirmed_again()
    {
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2029, "list.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, id);
        var stale = await EntitlementSteps.DetailAsync(fixture.Factory, id);
        await EntitlementSteps.ConfirmAsync(fixture.Factory, id);

        // The stale page's confirm sent again: refused with a message, no second award.
        var response = await EntitlementSteps.PostConfirmAsync(fixture.Factory, id, stale.Version);

        Assert.False(response.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(response.Errors[0].Message));
        Assert.Equal(1, await EntitlementSteps.AwardCountAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2029));
    }
}
