using System.Net;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>The finance pages open on the demo money in both languages, with every text resolved.</summary>
public sealed class FinancePagesRenderTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Finance_pages_render_the_demo_batches_and_claw_backs_in_both_languages()
    {
        var batches = await Demo.WithDbAsync(fixture.Factory, db => db.DisbursementBatches.Select(b => b.Id).ToListAsync());
        Assert.NotEmpty(batches);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);
        string[] urls = ["/finance", "/finance?year=2026&district=Changning&from=2026-01-01&to=2026-12-31", "/finance?year=oops&call=x",
            "/finance/batches", "/finance/clawbacks", .. batches.Select(id => $"/finance/batches/{id}")];
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            await client.Http.GetAsync($"/culture/{culture}");
            foreach (var url in urls)
            {
                var response = await client.Http.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} ({culture}): {(int)response.StatusCode}");
                var html = await response.Content.ReadAsStringAsync();
                // An unresolved localizer key renders as itself.
                Assert.DoesNotContain("Finance.", html, StringComparison.Ordinal);
                Assert.DoesNotContain("MoneyAction.", html, StringComparison.Ordinal);
            }
        }

        var list = await client.GetPageAsync("/finance/batches");
        Assert.Equal(batches.Count, list.QuerySelectorAll("[data-testid=batches] tr[data-batch]").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/finance/batches/{Guid.NewGuid()}")).StatusCode);
    }
}
