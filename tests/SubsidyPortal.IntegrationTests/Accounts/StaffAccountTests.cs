using System.Net;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Infrastructure.Seeding;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Accounts;

/// <summary>Only an Administrator creates staff accounts; a town/park account must be bound to a town/park.</summary>
public sealed class StaffAccountTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task An_administrator_creates_a_town_account_that_then_sees_its_own_town()
    {
        using var admin = await PortalClient.SignedInAsync(fixture.Factory, "admin@demo.local");
        var response = await admin.SubmitAsync("/admin/users", "create-staff", new Dictionary<string, string>
        {
            ["Input.Email"] = "zhujing@example.gov.cn",
            ["Input.DisplayName"] = "朱泾镇经办人",
            ["Input.Role"] = "TownOrPark",
            ["Input.TownOrParkId"] = ReferenceData.TownId(District.Jinshan, "朱泾镇").ToString(),
            ["Input.Password"] = "Zhujing#2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("zhujing%40example.gov.cn", response.LocationPath(), StringComparison.Ordinal);

        using var town = await PortalClient.SignedInAsync(fixture.Factory, "zhujing@example.gov.cn", "Zhujing#2026");
        var list = await (await town.Http.GetAsync("/town/enterprises")).Content.ReadAsStringAsync();
        Assert.Contains("上海金山示范新材料有限公司", list, StringComparison.Ordinal);
        Assert.DoesNotContain("上海长宁示范智能科技有限公司", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_town_account_without_a_town_is_refused_in_Chinese_keeping_the_input()
    {
        using var admin = await PortalClient.SignedInAsync(fixture.Factory, "admin@demo.local");
        var response = await admin.SubmitAsync("/admin/users", "create-staff", new Dictionary<string, string>
        {
            ["Input.Email"] = "notown@example.gov.cn",
            ["Input.DisplayName"] = "无镇账号",
            ["Input.Role"] = "TownOrPark",
            ["Input.Password"] = "Notown#2026",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("须绑定一个镇", page.QuerySelector("#f-TownOrParkId-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("notown@example.gov.cn", page.QuerySelector("#f-Email")!.GetAttribute("value"));
        using var attempt = PortalClient.For(fixture.Factory);
        Assert.Equal(HttpStatusCode.OK, (await attempt.SignInAsync("notown@example.gov.cn", "Notown#2026")).StatusCode);
    }

    [Fact]
    public async Task Committee_staff_cannot_post_the_account_form()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, "staff@demo.local");
        // The staff member's own token, from the sign-out form of a static page (work-area pages render theirs in a menu).
        var token = (await staff.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await staff.Http.PostAsync("/admin/users", new FormUrlEncodedContent(
        [
            new("_handler", "create-staff"), new("__RequestVerificationToken", token),
            new("Input.Email", "sneaky@example.gov.cn"), new("Input.DisplayName", "x"), new("Input.Role", "Administrator"),
            new("Input.Password", "Sneaky#2026"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.LocationPath(), StringComparison.Ordinal);
        using var attempt = PortalClient.For(fixture.Factory);
        Assert.Equal(HttpStatusCode.OK, (await attempt.SignInAsync("sneaky@example.gov.cn", "Sneaky#2026")).StatusCode);
    }
}
