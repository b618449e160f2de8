using System.Net;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>The finance pages open on the demo money in both languages, with every text resolved.</summary>
public sealed partial class FinancePagesRenderTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Finance_pages_render_the_demo_batches_and_claw_backs_in_both_languages()
    {
        var batches = await Demo.WithDbAsync(fixture.Factory, db => db.DisbursementBatches.Select(b => b.Id).ToListAsync());
        Assert.NotEmpty(batches);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);
        string[] urls = ["/finance", "/finance/payable", "/finance/payable?year=2026&district=Changning&from=2026-01-01&to=2026-12-31",
            "/finance/payable?year=oops&call=x&district=Nowhere&from=2026-13-45", "/finance/batches", "/finance/batches?status=Draft&search=BF",
            "/finance/batches?status=Nonsense", "/finance/clawbacks", .. batches.Select(id => $"/finance/batches/{id}")];
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            await client.Http.GetAsync($"/culture/{culture}");
            foreach (var url in urls)
            {
                var response = await client.Http.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} ({culture}): {(int)response.StatusCode}");
                // MudBlazor's phone sort menu keeps its choice as a type name in a hidden input: not text anyone reads.
                var html = SortMenuValue().Replace(await response.Content.ReadAsStringAsync(), string.Empty);
                // An unresolved localizer key renders as itself.
                Assert.DoesNotContain("Finance.", html, StringComparison.Ordinal);
                Assert.DoesNotContain("MoneyAction.", html, StringComparison.Ordinal);
                Assert.DoesNotContain("BatchStatus.", html, StringComparison.Ordinal);
            }
        }

        // The batch list (paged on the server, so read through the page's use case) holds every batch.
        var finance = await FinanceData.MakerAsync(fixture.Factory);
        var list = await FinanceData.Desk(fixture.Factory).BatchesAsync(null, new(PageSize: 100), finance, CancellationToken.None);
        Assert.Equal(batches.Count, list.Total);
        Assert.Equal(batches.Order(), list.Items.Select(b => b.Id).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/finance/batches/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_home_is_the_work_queue_and_old_payable_links_reach_the_payable_list_with_their_filter()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);

        var home = await client.GetPageAsync("/finance");
        var old = await client.Http.GetAsync("/finance?policy=changning-2024&year=2026");

        Assert.NotNull(home.QuerySelector("[data-testid=work-queue]"));
        Assert.Null(home.QuerySelector("[data-testid=payable]"));
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Equal("/finance/payable?policy=changning-2024&year=2026", old.LocationPath());
        var payable = await client.GetPageAsync("/finance/payable?policy=changning-2024&year=2026");
        Assert.NotNull(payable.QuerySelector("[data-testid=payable]"));
        Assert.NotNull(payable.QuerySelector("[data-testid=build-batch]"));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"value=""MudBlazor\.MudTableSortLabel`1\[[^""]*\]""")]
    private static partial System.Text.RegularExpressions.Regex SortMenuValue();
}
