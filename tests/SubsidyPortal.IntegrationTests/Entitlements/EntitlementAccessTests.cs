using System.Net;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Entitlements;

/// <summary>Only committee staff import lists; other roles are refused the pages and the posts.</summary>
public sealed class EntitlementAccessTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    public static TheoryData<string> OtherRoles => new(PortalRoles.All.Where(r => r != PortalRoles.CommitteeStaff));

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Other_roles_are_refused_an_import_page(string role)
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2026, "list.csv", EntitlementSteps.DemoList());
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Access.DemoAccounts.ByRole[role]);

        var response = await client.Http.GetAsync($"/committee/entitlements/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_import_is_not_found()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);

        var response = await staff.Http.GetAsync($"/committee/entitlements/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
