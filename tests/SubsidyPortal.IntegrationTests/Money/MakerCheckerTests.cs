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

        // The page shows the maker why and offers no approve form; a hand-made post of it is refused.
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);
        var url = $"/finance/batches/{batchId}";
        var page = await client.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("[data-testid=maker-cannot-approve]"));
        Assert.Null(page.QuerySelector("[data-testid=approve-batch]"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "approve-batch",
            ["__RequestVerificationToken"] = token,
        }));
        // The maker's page renders no approve form, so the framework refuses a post to it outright.
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, posted.StatusCode);

        var batch = await FinanceData.BatchAsync(fixture.Factory, batchId);
        Assert.Equal(BatchStatus.Draft, batch.Status);
        Assert.Null(batch.CheckerUserId);
    }

    [Fact]
    public async Task The_second_finance_user_approves_it_on_the_page()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 34_000m);
        var batchId = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        using var checker = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance2);

        var response = await checker.SubmitAsync($"/finance/batches/{batchId}", "approve-batch", new Dictionary<string, string>());

        var page = await PortalClient.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("[data-testid=saved]"));
        Assert.NotNull(page.QuerySelector("[data-testid=export-bank-xlsx]"));
        var batch = await FinanceData.BatchAsync(fixture.Factory, batchId);
        Assert.Equal(BatchStatus.Approved, batch.Status);
        var finance2 = await FinanceData.CheckerAsync(fixture.Factory);
        Assert.Equal(finance2.UserId, batch.CheckerUserId);
        Assert.NotEqual(batch.MakerUserId, batch.CheckerUserId);
    }
}
