using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

        var noReason = await FinanceData.UseAsync(fixture.Factory, s => s.CancelAsync(batchId, " ", maker, CancellationToken.None));
        Assert.Equal("Reason", Assert.Single(noReason.Errors).Field);
        var cancelled = await FinanceData.UseAsync(fixture.Factory, s => s.CancelAsync(batchId, "金额需复核", maker, CancellationToken.None));
        Assert.True(cancelled.Succeeded, FinanceData.Messages(cancelled));

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
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);
        var page = await client.GetPageAsync($"/finance?year={year}");
        Assert.NotNull(page.QuerySelector("[data-testid=no-payable]"));
        Assert.NotNull(page.QuerySelector($"[data-testid=awaiting-account] tr[data-tranche]"));
    }

    [Fact]
    public async Task The_page_builds_a_batch_from_the_lines_it_shows_and_refuses_when_they_changed()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 6_543.21m);
        var year = await FinanceData.YearOfAsync(fixture.Factory, awardId);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);
        var url = $"/finance?year={year}";
        var page = await client.GetPageAsync(url);
        Assert.Contains("6,543.21", page.QuerySelector("[data-testid=build-batch]")!.TextContent, StringComparison.Ordinal);

        var stale = await client.SubmitAsync(url, "build-batch", new Dictionary<string, string> { ["ExpectedCount"] = "2" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("可拨付清单在您查看后已有变化", (await PortalClient.ParseAsync(stale)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);

        var response = await client.SubmitAsync(url, "build-batch", new Dictionary<string, string> { ["Description"] = "页面生成" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/finance/batches/", response.LocationPath(), StringComparison.Ordinal);
        var batchId = Guid.Parse(response.LocationPath()["/finance/batches/".Length..]);
        var batch = await FinanceData.BatchAsync(fixture.Factory, batchId);
        Assert.Equal("页面生成", batch.Description);
        Assert.Equal(awardId, Assert.Single(batch.Lines).AwardId);
        var list = await client.GetPageAsync("/finance/batches");
        Assert.NotNull(list.QuerySelector($"[data-testid=batches] tr[data-batch='{batchId}']"));
    }
}
