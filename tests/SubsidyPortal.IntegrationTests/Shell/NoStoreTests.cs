using System.Net;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.IntegrationTests.Money;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Shell;

/// <summary>
/// Nothing a signed-in user is shown may be kept by a browser or proxy cache (a shared office PC's back button, a
/// caching proxy): every page and download answered to a signed-in user says Cache-Control: no-store. Scripts and
/// styles, the same for everyone, keep their own caching.
/// </summary>
public sealed class NoStoreTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("applicant@demo.local", "/enterprise")]
    [InlineData("town@demo.local", "/town")]
    [InlineData("staff@demo.local", "/committee")]
    [InlineData("expert@demo.local", "/expert")]
    [InlineData("finance@demo.local", "/finance")]
    [InlineData("admin@demo.local", "/admin/users")]
    [InlineData("admin@demo.local", "/")]
    [InlineData("admin@demo.local", "/account/password")]
    public async Task A_signed_in_page_is_not_stored(string email, string page)
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, email);
        var response = await client.Http.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoStore(response);
    }

    [Fact]
    public async Task An_application_s_material_and_its_api_answer_are_not_stored()
    {
        var enterprise = await Demo.EnterpriseOfAsync(fixture.Factory, Demo.Applicant);
        var own = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().Include(a => a.Materials)
            .FirstAsync(a => a.EnterpriseId == enterprise && a.Status == ApplicationStatus.PublicNotice));
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);

        AssertNoStore(await OkAsync(client, $"/files/applications/{own.Id}/materials/{own.Materials[0].Id}"));
        AssertNoStore(await OkAsync(client, $"/api/applications/{own.Id}"));
    }

    [Fact]
    public async Task The_bank_file_allocation_lists_and_dashboard_exports_are_not_stored()
    {
        var (_, batchId, _) = await FinanceData.ApprovedLineAsync(fixture.Factory, 1_234.56m);
        using var finance = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);

        AssertNoStore(await OkAsync(finance, $"/finance/batches/{batchId}/bank-file.xlsx"));
        AssertNoStore(await OkAsync(finance, $"/finance/batches/{batchId}/bank-file.csv"));
        AssertNoStore(await OkAsync(finance, $"/finance/batches/{batchId}/allocation-list.xlsx"));
        AssertNoStore(await OkAsync(staff, "/awards/allocation-list.csv"));
        AssertNoStore(await OkAsync(staff, "/dashboard/export/money.xlsx"));
        AssertNoStore(await OkAsync(finance, "/dashboard/export/states.csv"));
    }

    [Fact]
    public async Task Styles_and_scripts_keep_their_caching_for_a_signed_in_user()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        foreach (var asset in new[] { "/css/portal.css", "/js/portal.js", "/_content/MudBlazor/MudBlazor.min.css", "/_framework/blazor.web.js" })
        {
            var response = await OkAsync(client, asset);
            Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> OkAsync(PortalClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return response;
    }

    private static void AssertNoStore(HttpResponseMessage response) =>
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{response.RequestMessage!.RequestUri}: Cache-Control {response.Headers.CacheControl}");
}
