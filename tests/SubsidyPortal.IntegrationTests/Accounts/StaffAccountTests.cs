using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Accounts;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Towns;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Infrastructure.Seeding;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Accounts;

/// <summary>Only an Administrator creates staff accounts; a town/park account must be bound to a town/park.</summary>
public sealed class StaffAccountTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private IAccountAdministration Accounts => fixture.Factory.Services.GetRequiredService<IAccountAdministration>();

    [Fact]
    public async Task An_administrator_creates_a_town_account_that_then_sees_its_own_town()
    {
        var admin = await Demo.ActorAsync(fixture.Factory, "admin@demo.local");
        var result = await Accounts.CreateAsync(new CreateStaffAccountInput
        {
            Email = "zhujing@example.gov.cn",
            DisplayName = "朱泾镇经办人",
            Role = "TownOrPark",
            TownOrParkId = ReferenceData.TownId(District.Jinshan, "朱泾镇"),
            Password = "Zhujing#2026",
        }, admin, CancellationToken.None);
        Assert.True(result.Succeeded);
        // The list finds it by its e-mail, bound to its town.
        var listed = Assert.Single((await Accounts.AccountsAsync(new AccountFilter(), new PageRequest(Search: "zhujing@example.gov.cn"), admin, CancellationToken.None)).Items);
        Assert.Equal("朱泾镇", listed.TownOrParkName);

        using var town = await PortalClient.SignedInAsync(fixture.Factory, "zhujing@example.gov.cn", "Zhujing#2026");
        Assert.Equal(HttpStatusCode.OK, (await town.Http.GetAsync("/town/enterprises")).StatusCode);
        // The list loads over the circuit, from the use case the page calls, as the new account.
        var actor = await Workflow.Demo.ActorAsync(fixture.Factory, "zhujing@example.gov.cn");
        var list = (await fixture.Factory.Services.GetRequiredService<ITownOrParkWork>().EnterprisesAsync(actor, new PageRequest(PageSize: 100), CancellationToken.None))
            .Items.Select(r => r.Name).ToList();
        Assert.Contains("上海金山示范新材料有限公司", list);
        Assert.DoesNotContain("上海长宁示范智能科技有限公司", list);
    }

    [Fact]
    public async Task A_town_account_without_a_town_is_refused_in_Chinese_keeping_the_input()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var admin = await Demo.ActorAsync(fixture.Factory, "admin@demo.local");
        var input = new CreateStaffAccountInput
        {
            Email = "notown@example.gov.cn",
            DisplayName = "无镇账号",
            Role = "TownOrPark",
            Password = "Notown#2026",
        };
        var result = await Accounts.CreateAsync(input, admin, CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Contains("须绑定一个镇", Assert.Single(result.Errors, e => e.Field == nameof(CreateStaffAccountInput.TownOrParkId)).Message, StringComparison.Ordinal);
        // What was typed is left as it was, for the dialog to show again (pinned in AdministratorJourneyTests).
        Assert.Equal("notown@example.gov.cn", input.Email);
        using var attempt = PortalClient.For(fixture.Factory);
        Assert.Equal(HttpStatusCode.OK, (await attempt.SignInAsync("notown@example.gov.cn", "Notown#2026")).StatusCode);
    }

    [Fact]
    public async Task Committee_staff_cannot_create_an_account()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, "staff@demo.local");
        var result = await Accounts.CreateAsync(new CreateStaffAccountInput
        {
            Email = "sneaky@example.gov.cn", DisplayName = "x", Role = "Administrator", Password = "Sneaky#2026",
        }, staff, CancellationToken.None);
        Assert.False(result.Succeeded);
        using var attempt = PortalClient.For(fixture.Factory);
        Assert.Equal(HttpStatusCode.OK, (await attempt.SignInAsync("sneaky@example.gov.cn", "Sneaky#2026")).StatusCode);
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
