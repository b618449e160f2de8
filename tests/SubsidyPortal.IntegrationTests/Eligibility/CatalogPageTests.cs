using System.Net;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Eligibility;

/// <summary>The clause catalog is public, Chinese first, and shows each clause's own words.</summary>
public sealed class CatalogPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_catalog_lists_every_policy_and_clause_without_signing_in()
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.Http.GetAsync("/policies");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var policy in PolicyCatalog.Policies)
        {
            Assert.Contains(policy.Title, html, StringComparison.Ordinal);
        }

        foreach (var clause in PolicyCatalog.Clauses)
        {
            Assert.Contains($"/policies/clauses/{clause.Id}", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_clause_page_quotes_the_text_and_names_its_department_and_materials()
    {
        var clause = PolicyCatalog.Clauses[0];
        using var client = PortalClient.For(fixture.Factory);
        var page = await client.GetPageAsync($"/policies/clauses/{clause.Id}");
        Assert.Equal(clause.Quote, page.QuerySelector("[data-testid=clause-quote]")!.TextContent);
        Assert.Contains(clause.AcceptingDepartment, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.All(clause.RequiredMaterials, m => Assert.Contains(m, page.Body!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_clause_is_not_found()
    {
        using var client = PortalClient.For(fixture.Factory);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/policies/clauses/nope/1")).StatusCode);
    }
}
