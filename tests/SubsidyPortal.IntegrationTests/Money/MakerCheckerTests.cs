using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>双人复核: the finance user who built a batch never approves it; a second finance user does.</summary>
public sealed class MakerCheckerTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_batch_cannot_be_approved_by_its_maker()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 12_000m);
        var batchId = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        var maker = await FinanceData.MakerAsync(fixture.Factory);

        var byService = await FinanceData.UseAsync(fixture.Factory, s => s.ApproveAsync(batchId, maker, CancellationToken.None));

        Assert.False(byService.Succeeded);
        Assert.Contains("双人复核", FinanceData.Messages(byService), StringComparison.Ordinal);

        // The page's use case refuses the maker just the same, and tells the page why its button is off.
        var desk = FinanceData.Desk(fixture.Factory);
        var byPage = await desk.ApproveAsync(batchId, maker, CancellationToken.None);
        Assert.False(byPage.Succeeded);
        Assert.Contains("双人复核", FinanceData.Messages(byPage), StringComparison.Ordinal);
        var view = (await desk.BatchAsync(batchId, maker, CancellationToken.None))!;
        Assert.True(view.MadeByReader);
        Assert.False(view.CanApprove);

        // The page shows the maker why, with the approve button disabled.
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);
        var page = await client.GetPageAsync($"/finance/batches/{batchId}");
        Assert.NotNull(page.QuerySelector("[data-testid=maker-cannot-approve]"));
        Assert.True(page.QuerySelector("[data-testid=approve-batch]")!.HasAttribute("disabled"));

        var batch = await FinanceData.BatchAsync(fixture.Factory, batchId);
        Assert.Equal(BatchStatus.Draft, batch.Status);
        Assert.Null(batch.CheckerUserId);
    }

    [Fact]
    public async Task The_second_finance_user_approves_it_on_the_page()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 34_000m);
        var batchId = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        var finance2 = await FinanceData.CheckerAsync(fixture.Factory);
        var desk = FinanceData.Desk(fixture.Factory);
        var before = (await desk.BatchAsync(batchId, finance2, CancellationToken.None))!;
        Assert.True(before.CanApprove);
        Assert.False(before.CanExport);

        var approved = await desk.ApproveAsync(batchId, finance2, CancellationToken.None);

        Assert.True(approved.Succeeded, FinanceData.Messages(approved));
        var after = (await desk.BatchAsync(batchId, finance2, CancellationToken.None))!;
        Assert.True(after.CanExport);
        Assert.Equal("财务复核人", after.CheckerName);
        using var checker = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance2);
        var page = await checker.GetPageAsync($"/finance/batches/{batchId}");
        Assert.NotNull(page.QuerySelector("[data-testid=export-bank-xlsx]"));
        Assert.Null(page.QuerySelector("[data-testid=approve-batch]"));
        var batch = await FinanceData.BatchAsync(fixture.Factory, batchId);
        Assert.Equal(BatchStatus.Approved, batch.Status);
        Assert.Equal(finance2.UserId, batch.CheckerUserId);
        Assert.NotEqual(batch.MakerUserId, batch.CheckerUserId);

        // Approved once: a second approval (another tab, a double click) is refused and changes nothing.
        var again = await desk.ApproveAsync(batchId, finance2, CancellationToken.None);
        Assert.False(again.Succeeded);
        Assert.Equal(1, await FinanceData.CountAsync(fixture.Factory, db => db.MoneyEvents.CountAsync(e => e.SubjectId == batchId && e.Action == "Approved")));
    }
}
