using Microsoft.EntityFrameworkCore;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>Every money change leaves its audit line, numbered without gaps, on the award and on the batch.</summary>
public sealed class MoneyTrailTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Every_money_change_of_a_full_cycle_has_its_audit_line()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 18_000m);
        var maker = await FinanceData.MakerAsync(fixture.Factory);
        var checker = await FinanceData.CheckerAsync(fixture.Factory);
        var cancelled = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        Assert.True((await FinanceData.UseAsync(fixture.Factory, s => s.CancelAsync(cancelled, "说明有误", maker, CancellationToken.None))).Succeeded);
        var batchId = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        Assert.True((await FinanceData.UseAsync(fixture.Factory, s => s.ApproveAsync(batchId, checker, CancellationToken.None))).Succeeded);
        var line = (await FinanceData.BatchAsync(fixture.Factory, batchId)).Lines.Single();
        Assert.True((await FinanceData.PayAsync(fixture.Factory, batchId, line.Id, "YH-TRAIL", maker)).Succeeded);

        Assert.Equal(
            ["Awarded", "BankAccountConfirmed", "TrancheBatched", "TrancheUnbatched", "TrancheBatched", "TranchePaid", "Completed"],
            await ActionsAsync(awardId));
        Assert.Equal(["Built", "Cancelled"], await ActionsAsync(cancelled));
        Assert.Equal(["Built", "Approved", "LinePaid", "Completed"], await ActionsAsync(batchId));
        foreach (var subject in new[] { awardId, cancelled, batchId })
        {
            var sequences = await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.Where(e => e.SubjectId == subject).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
            Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
        }

        var award = await FinanceData.AwardAsync(fixture.Factory, awardId);
        Assert.Equal(7, award.HistoryCount);

        // The batch page shows its trail with the action names in Chinese.
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);
        var page = await client.GetPageAsync($"/finance/batches/{batchId}");
        var trail = page.QuerySelectorAll("[data-testid=money-trail] li").Select(li => li.GetAttribute("data-action")).ToList();
        Assert.Equal(["Built", "Approved", "LinePaid", "Completed"], trail);
    }

    private Task<List<string>> ActionsAsync(Guid subjectId) =>
        Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.Where(e => e.SubjectId == subjectId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
}
