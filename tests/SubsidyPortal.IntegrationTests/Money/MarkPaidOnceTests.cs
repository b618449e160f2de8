using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Domain.Awards;
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
    public async Task Fifty_concurrent_form_posts_pay_a_line_once()
    {
        var (awardId, batchId, line) = await FinanceData.ApprovedLineAsync(fixture.Factory, 8_800.88m);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance2);
        var url = $"/finance/batches/{batchId}";
        var page = await client.GetPageAsync(url);
        var form = page.Forms.Single(f => f.QuerySelector($"input[name=_handler][value='pay-{line.Id:N}']") is not null);
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var today = FinanceData.Today(fixture.Factory).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = $"pay-{line.Id:N}",
                ["__RequestVerificationToken"] = token,
                ["Reference"] = $"YH-FORM-{i:00}",
                ["PaidOn"] = today,
            }));
            var answer = await PortalClient.ParseAsync(response);
            return (Status: (int)response.StatusCode, Saved: answer.QuerySelector("[data-testid=saved]") is not null);
        }));

        // Posts answered after the winner find no payment form for a paid line any more (400); the rest are told why (200).
        Assert.All(responses, r => Assert.Contains(r.Status, new[] { 200, 400 }));
        Assert.Single(responses, r => r.Saved);
        var reference = await Demo(db => db.AwardTranches.Where(t => t.Id == line.TrancheId).Select(t => t.PaymentReference).SingleAsync());
        Assert.StartsWith("YH-FORM-", reference, StringComparison.Ordinal);
        await AssertPaidOnceAsync(awardId, batchId, line.TrancheId, reference!);
    }

    [Fact]
    public async Task A_repeated_mark_paid_after_success_is_refused_in_Chinese()
    {
        var (awardId, batchId, line) = await FinanceData.ApprovedLineAsync(fixture.Factory, 20_000m);
        var actor = await FinanceData.CheckerAsync(fixture.Factory);
        var first = await FinanceData.PayAsync(fixture.Factory, batchId, line.Id, "YH-ONCE", actor);
        Assert.True(first.Succeeded, FinanceData.Messages(first));

        var again = await FinanceData.PayAsync(fixture.Factory, batchId, line.Id, "YH-TWICE", actor);

        Assert.False(again.Succeeded);
        Assert.Equal("该明细已登记拨付，不能重复登记。", FinanceData.Messages(again));
        await AssertPaidOnceAsync(awardId, batchId, line.TrancheId, "YH-ONCE");

        // The page shows the line's reference and offers no second payment form.
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance2);
        var url = $"/finance/batches/{batchId}";
        var page = await client.GetPageAsync(url);
        Assert.Contains("YH-ONCE", page.QuerySelector("[data-testid=paid-reference]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=pay-form]"));
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
