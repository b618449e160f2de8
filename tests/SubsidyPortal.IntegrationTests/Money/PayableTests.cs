using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Finance;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>What finance may pay now, and a batch built from exactly that: once, from one batch, never without an account.</summary>
public sealed class PayableTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string OtherClause = "changning-2024/1-core-technology";

    [Fact]
    public async Task Building_from_a_filter_takes_only_the_matching_payable_tranches()
    {
        const int year = 3001;
        var changning = await MoneyData.AwardAsync(fixture.Factory, 11_111.11m, year: year);
        var jinshanEnterprise = await MoneyData.AwardAsync(fixture.Factory, 22_222.22m, enterpriseEmail: Demo.OtherApplicant, year: year);
        var otherYear = await MoneyData.AwardAsync(fixture.Factory, 33_333.33m, clauseId: OtherClause, year: year + 1);
        var unconfirmed = await MoneyData.AwardAsync(fixture.Factory, 44_444.44m, clauseId: OtherClause, year: year, confirmAccount: false);
        var filter = new PayableFilter(PolicyId: "changning-2024", Year: year, District: District.Changning);

        var view = await FinanceData.UseAsync(fixture.Factory, s => s.PayableAsync(filter, CancellationToken.None));

        var row = Assert.Single(view.Payable);
        Assert.Equal(changning, row.AwardId);
        Assert.Equal(11_111.11m, view.Total);
        Assert.Equal("新泾镇", row.TownOrPark);
        Assert.Equal(unconfirmed, Assert.Single(view.AwaitingAccount).AwardId);

        var maker = await FinanceData.MakerAsync(fixture.Factory);
        var (batchId, built) = await FinanceData.UseAsync(fixture.Factory, s => s.BuildAsync(filter, "长宁 3001", maker, CancellationToken.None));
        Assert.True(built.Succeeded, FinanceData.Messages(built));
        var batch = await FinanceData.BatchAsync(fixture.Factory, batchId!.Value);
        Assert.Equal(changning, Assert.Single(batch.Lines).AwardId);
        Assert.Equal(11_111.11m, batch.Total);
        Assert.Equal(BatchStatus.Draft, batch.Status);

        var left = await FinanceData.UseAsync(fixture.Factory, s => s.PayableAsync(new PayableFilter(Year: year), CancellationToken.None));
        Assert.Equal([jinshanEnterprise], left.Payable.Select(r => r.AwardId));
        var next = await FinanceData.UseAsync(fixture.Factory, s => s.PayableAsync(new PayableFilter(Year: year + 1), CancellationToken.None));
        Assert.Equal([otherYear], next.Payable.Select(r => r.AwardId));
    }

    [Fact]
    public async Task A_tranche_on_a_draft_batch_is_not_payable_elsewhere_and_cancelling_gives_it_back()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 9_000m);
        var year = await FinanceData.YearOfAsync(fixture.Factory, awardId);
        var batchId = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        var maker = await FinanceData.MakerAsync(fixture.Factory);

        Assert.Empty((await FinanceData.UseAsync(fixture.Factory, s => s.PayableAsync(new PayableFilter(Year: year), CancellationToken.None))).Payable);
        var (none, empty) = await FinanceData.UseAsync(fixture.Factory, s => s.BuildAsync(new PayableFilter(Year: year), null, maker, CancellationToken.None));
        Assert.Null(none);
        Assert.Equal(ValidationText.Get("batch.empty"), FinanceData.Messages(empty));

        // Cancelled as the batch page does it: a reason is required (named beside its field), then the draft goes.
        var desk = FinanceData.Desk(fixture.Factory);
        var noReason = await desk.CancelAsync(batchId, " ", maker, CancellationToken.None);
        Assert.Equal("Reason", Assert.Single(noReason.Errors).Field);
        Assert.Equal(BatchStatus.Draft, (await FinanceData.BatchAsync(fixture.Factory, batchId)).Status);
        var cancelled = await desk.CancelAsync(batchId, "金额需复核", maker, CancellationToken.None);
        Assert.True(cancelled.Succeeded, FinanceData.Messages(cancelled));
        var view = (await desk.BatchAsync(batchId, maker, CancellationToken.None))!;
        Assert.False(view.IsDraft || view.CanApprove || view.CanExport);
        Assert.Equal("金额需复核", view.Trail[^1].Note);

        Assert.Equal(BatchStatus.Cancelled, (await FinanceData.BatchAsync(fixture.Factory, batchId)).Status);
        var again = await FinanceData.UseAsync(fixture.Factory, s => s.PayableAsync(new PayableFilter(Year: year), CancellationToken.None));
        Assert.Equal(awardId, Assert.Single(again.Payable).AwardId);
        var rebuilt = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        Assert.NotEqual(batchId, rebuilt);
    }

    [Fact]
    public async Task Two_concurrent_builds_put_a_tranche_on_one_batch()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 7_500m);
        var year = await FinanceData.YearOfAsync(fixture.Factory, awardId);
        var maker = await FinanceData.MakerAsync(fixture.Factory);
        var start = new TaskCompletionSource();
        var racers = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<DisbursementService>();
            await start.Task;
            return await service.BuildAsync(new PayableFilter(Year: year), null, maker, CancellationToken.None);
        }).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(racers);

        // Each loser lost at a different moment of the race, and each of these answers is honest: it read the list
        // after the winner committed (nothing payable), between the winner's commit and its own award load (the list
        // changed), or before the winner committed and then lost on the row version (changed meanwhile).
        var honestRefusals = new[]
        {
            ValidationText.Get("batch.empty"), ValidationText.Get("batch.payable-changed"), ValidationText.Get("money.changed-concurrently"),
        };
        Assert.Single(outcomes, o => o.BatchId is not null);
        Assert.All(outcomes.Where(o => o.BatchId is null), o =>
        {
            Assert.False(o.Result.Succeeded);
            Assert.Contains(FinanceData.Messages(o.Result), honestRefusals);
        });
        Assert.Equal(1, await FinanceData.CountAsync(fixture.Factory, db => db.DisbursementBatches.CountAsync(b => b.Lines.Any(l => l.AwardId == awardId))));
        Assert.Equal(1, await FinanceData.CountAsync(fixture.Factory, db => db.DisbursementLines.CountAsync(l => l.AwardId == awardId)));
        Assert.Equal(1, await FinanceData.CountAsync(fixture.Factory, db => db.MoneyEvents.CountAsync(e => e.SubjectId == awardId && e.Action == "TrancheBatched")));
    }

    [Fact]
    public async Task An_unconfirmed_account_blocks_payment_and_is_listed_for_chasing()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 5_000m, confirmAccount: false);
        var year = await FinanceData.YearOfAsync(fixture.Factory, awardId);
        var maker = await FinanceData.MakerAsync(fixture.Factory);

        var view = await FinanceData.UseAsync(fixture.Factory, s => s.PayableAsync(new PayableFilter(Year: year), CancellationToken.None));
        var (batchId, result) = await FinanceData.UseAsync(fixture.Factory, s => s.BuildAsync(new PayableFilter(Year: year), null, maker, CancellationToken.None));

        Assert.Empty(view.Payable);
        Assert.Equal(awardId, Assert.Single(view.AwaitingAccount).AwardId);
        Assert.Null(batchId);
        Assert.False(result.Succeeded);

        // The payable page's lists: nothing to pay, the award listed to chase with the enterprise's contact.
        var desk = FinanceData.Desk(fixture.Factory);
        var page = await desk.PayableAsync(new PayableFilter(Year: year), new(), maker, CancellationToken.None);
        Assert.Equal(0, page.Count);
        Assert.Empty(page.Items);
        var awaiting = await desk.AwaitingAccountAsync(new PayableFilter(Year: year), new(), maker, CancellationToken.None);
        var chase = Assert.Single(awaiting.Items);
        Assert.Equal(awardId, chase.AwardId);
        Assert.Equal(1, awaiting.Total);
        Assert.False(string.IsNullOrEmpty(chase.ContactPerson));
    }

    [Fact]
    public async Task The_page_builds_a_batch_from_the_lines_it_shows_and_refuses_when_they_changed()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 6_543.21m);
        var year = await FinanceData.YearOfAsync(fixture.Factory, awardId);
        var maker = await FinanceData.MakerAsync(fixture.Factory);
        var desk = FinanceData.Desk(fixture.Factory);
        var filter = new PayableFilter(Year: year);

        // What the page shows and offers to build: one line, 6,543.21 元.
        var shown = await desk.PayableAsync(filter, new(), maker, CancellationToken.None);
        Assert.Equal(1, shown.Count);
        Assert.Equal(6_543.21m, shown.Total);
        Assert.Contains("6,543.21", SubsidyPortal.Application.Formatting.MoneyText.Yuan(shown.Total), StringComparison.Ordinal);

        // The page said two lines (or another total): the list changed since, so nothing is built.
        var stale = await desk.BuildBatchAsync(filter, null, 2, shown.Total, maker, CancellationToken.None);
        var staleTotal = await desk.BuildBatchAsync(filter, null, shown.Count, shown.Total + 0.01m, maker, CancellationToken.None);
        foreach (var refused in new[] { stale, staleTotal })
        {
            Assert.Null(refused.BatchId);
            Assert.Contains("可拨付清单在您查看后已有变化", FinanceData.Messages(refused.Result), StringComparison.Ordinal);
        }

        Assert.Equal(0, await FinanceData.CountAsync(fixture.Factory, db => db.DisbursementLines.CountAsync(l => l.AwardId == awardId)));

        var built = await desk.BuildBatchAsync(filter, "页面生成", shown.Count, shown.Total, maker, CancellationToken.None);

        Assert.True(built.Result.Succeeded, FinanceData.Messages(built.Result));
        var batchId = built.BatchId!.Value;
        var batch = await FinanceData.BatchAsync(fixture.Factory, batchId);
        Assert.Equal("页面生成", batch.Description);
        Assert.Equal(awardId, Assert.Single(batch.Lines).AwardId);
        var list = await desk.BatchesAsync(null, new(PageSize: 100), maker, CancellationToken.None);
        Assert.Contains(list.Items, b => b.Id == batchId && b.Total == 6_543.21m && b.LineCount == 1 && b.Status == BatchStatus.Draft);
        var drafts = await desk.BatchesAsync(BatchStatus.Draft, new(PageSize: 100), maker, CancellationToken.None);
        Assert.All(drafts.Items, b => Assert.Equal(BatchStatus.Draft, b.Status));
        Assert.Contains(drafts.Items, b => b.Id == batchId);
    }

    [Fact]
    public async Task The_payable_list_is_paged_sorted_and_summed_in_the_database_and_only_finance_reads_it()
    {
        const int year = 3005;
        await MoneyData.AwardAsync(fixture.Factory, 1_000m, year: year);
        await MoneyData.AwardAsync(fixture.Factory, 3_000m, enterpriseEmail: Demo.OtherApplicant, year: year);
        await MoneyData.AwardAsync(fixture.Factory, 2_000.5m, clauseId: OtherClause, year: year);
        var maker = await FinanceData.MakerAsync(fixture.Factory);
        var desk = FinanceData.Desk(fixture.Factory);
        var filter = new PayableFilter(Year: year);

        var first = await desk.PayableAsync(filter, new(Page: 0, PageSize: 2, SortBy: "amount", Descending: true), maker, CancellationToken.None);
        var second = await desk.PayableAsync(filter, new(Page: 1, PageSize: 2, SortBy: "amount", Descending: true), maker, CancellationToken.None);

        Assert.Equal([3_000m, 2_000.5m], first.Items.Select(r => r.Amount));
        Assert.Equal([1_000m], second.Items.Select(r => r.Amount));
        Assert.All(new[] { first, second }, p => Assert.Equal((3, 6_000.5m), (p.Count, p.Total)));
        Assert.All(first.Items, r => Assert.Equal(SubsidyPortal.Domain.Policies.PolicyCatalog.Policies.Single(p => p.Id == r.PolicyId).DocumentNumber, r.PolicyDocument));

        var staff = await FinanceData.StaffAsync(fixture.Factory);
        Assert.Equal(0, (await desk.PayableAsync(filter, new(), staff, CancellationToken.None)).Count);
        Assert.Equal(0, (await desk.BatchesAsync(null, new(), staff, CancellationToken.None)).Total);
        var refused = await desk.BuildBatchAsync(filter, null, 3, 6_000.5m, staff, CancellationToken.None);
        Assert.Null(refused.BatchId);
        Assert.Equal(3, (await desk.PayableAsync(filter, new(), maker, CancellationToken.None)).Count);
    }
}
