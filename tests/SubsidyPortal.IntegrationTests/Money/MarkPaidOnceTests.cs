using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>Nothing is paid twice: however many "mark paid" requests race or repeat, a line is paid exactly once.</summary>
public sealed class MarkPaidOnceTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Fifty_concurrent_mark_paid_requests_pay_a_line_once()
    {
        var (awardId, batchId, line) = await FinanceData.ApprovedLineAsync(fixture.Factory, 50_000m);
        var actor = await FinanceData.MakerAsync(fixture.Factory);
        var today = FinanceData.Today(fixture.Factory);
        var start = new TaskCompletionSource();
        var racers = Enumerable.Range(0, 50).Select(async i =>
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<DisbursementService>();
            await start.Task;
            var reference = $"YH-RACE-{i:00}";
            return (Reference: reference, Result: await service.RecordPaymentAsync(batchId, line.Id, reference, today, actor, CancellationToken.None));
        }).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(racers);

        var winner = Assert.Single(outcomes, o => o.Result.Succeeded);
        Assert.All(outcomes.Where(o => !o.Result.Succeeded), o => Assert.NotEmpty(o.Result.Errors[0].Message));
        await AssertPaidOnceAsync(awardId, batchId, line.TrancheId, winner.Reference);
    }

    [Fact]
    public async Task Fifty_concurrent_mark_paid_calls_from_the_page_pay_a_line_once()
    {
        // The page records a payment through its use case (each call in its own scope, as fifty clicks in fifty
        // tabs would): one wins, every other is told why, whatever moment it lost at.
        var (awardId, batchId, line) = await FinanceData.ApprovedLineAsync(fixture.Factory, 8_800.88m);
        var actor = await FinanceData.CheckerAsync(fixture.Factory);
        var desk = FinanceData.Desk(fixture.Factory);
        var today = FinanceData.Today(fixture.Factory);
        var start = new TaskCompletionSource();
        var racers = Enumerable.Range(0, 50).Select(async i =>
        {
            await start.Task;
            var reference = $"YH-PAGE-{i:00}";
            return (Reference: reference, Result: await desk.RecordPaymentAsync(batchId, line.Id, reference, today, actor, CancellationToken.None));
        }).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(racers);

        // Each loser lost at its own moment: after the winner's commit (the line, or the award's tranche, is paid) or
        // before it, on the row versions and the payment ledger's key (changed meanwhile).
        var honestRefusals = new[]
        {
            ValidationText.Get("batch.line-already-paid"), ValidationText.Get("award.tranche-already-paid"), ValidationText.Get("money.changed-concurrently"),
        };
        var winner = Assert.Single(outcomes, o => o.Result.Succeeded);
        Assert.All(outcomes.Where(o => !o.Result.Succeeded), o => Assert.Contains(FinanceData.Messages(o.Result), honestRefusals));
        Assert.StartsWith("YH-PAGE-", winner.Reference, StringComparison.Ordinal);
        await AssertPaidOnceAsync(awardId, batchId, line.TrancheId, winner.Reference);

        // The line shows paid at once, with its reference; the batch takes no more payments.
        var lines = await desk.BatchLinesAsync(batchId, new(), actor, CancellationToken.None);
        var shown = Assert.Single(lines.Items);
        Assert.Equal(LineStatus.Paid, shown.Status);
        Assert.Equal(winner.Reference, shown.PaymentReference);
        Assert.False((await desk.BatchAsync(batchId, actor, CancellationToken.None))!.CanRecordPayments);
    }

    [Fact]
    public async Task A_repeated_mark_paid_after_success_is_refused_in_Chinese()
    {
        var (awardId, batchId, line) = await FinanceData.ApprovedLineAsync(fixture.Factory, 20_000m);
        var actor = await FinanceData.CheckerAsync(fixture.Factory);
        var first = await FinanceData.PayAsync(fixture.Factory, batchId, line.Id, "YH-ONCE", actor);
        Assert.True(first.Succeeded, FinanceData.Messages(first));

        var again = await FinanceData.PayAsync(fixture.Factory, batchId, line.Id, "YH-TWICE", actor);
        var fromPage = await FinanceData.Desk(fixture.Factory).RecordPaymentAsync(batchId, line.Id, "YH-THRICE", FinanceData.Today(fixture.Factory), actor, CancellationToken.None);

        Assert.False(again.Succeeded);
        Assert.Equal("该明细已登记拨付，不能重复登记。", FinanceData.Messages(again));
        Assert.Equal("该明细已登记拨付，不能重复登记。", FinanceData.Messages(fromPage));
        await AssertPaidOnceAsync(awardId, batchId, line.TrancheId, "YH-ONCE");

        // The page's lines show the reference and offer no second payment (the batch is complete).
        var desk = FinanceData.Desk(fixture.Factory);
        var shown = Assert.Single((await desk.BatchLinesAsync(batchId, new(), actor, CancellationToken.None)).Items);
        Assert.Equal(("YH-ONCE", LineStatus.Paid), (shown.PaymentReference, shown.Status));
        var view = (await desk.BatchAsync(batchId, actor, CancellationToken.None))!;
        Assert.Equal(BatchStatus.Completed, view.Status);
        Assert.False(view.CanRecordPayments);
        Assert.Equal((1, 0, 20_000m), (view.PaidCount, view.PendingCount, view.PaidTotal));
    }

    private async Task AssertPaidOnceAsync(Guid awardId, Guid batchId, Guid trancheId, string reference)
    {
        Assert.Equal(1, await Demo(db => db.Payments.CountAsync(p => p.TrancheId == trancheId)));
        Assert.Equal(1, await Demo(db => db.MoneyEvents.CountAsync(e => e.SubjectId == awardId && e.Action == "TranchePaid")));
        Assert.Equal(1, await Demo(db => db.MoneyEvents.CountAsync(e => e.SubjectId == batchId && e.Action == "LinePaid")));
        var tranche = await Demo(db => db.AwardTranches.AsNoTracking().SingleAsync(t => t.Id == trancheId));
        Assert.Equal(TrancheStatus.Paid, tranche.Status);
        Assert.Equal(reference, tranche.PaymentReference);
        var payment = await Demo(db => db.Payments.AsNoTracking().SingleAsync(p => p.TrancheId == trancheId));
        Assert.Equal(reference, payment.Reference);
        Assert.Equal(1, await Demo(db => db.Notifications.CountAsync(n => n.Link == $"/enterprise/awards/{awardId}" && n.TextZh.Contains("已拨付"))));
    }

    private Task<T> Demo<T>(Func<Infrastructure.Persistence.PortalDbContext, Task<T>> query) => Workflow.Demo.WithDbAsync(fixture.Factory, query);
}
