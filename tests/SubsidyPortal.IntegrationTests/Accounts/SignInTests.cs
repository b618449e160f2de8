using System.Net;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.IntegrationTests.Access;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Accounts;

public sealed class SignInTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData(PortalRoles.Applicant, "/enterprise")]
    [InlineData(PortalRoles.TownOrPark, "/town")]
    [InlineData(PortalRoles.CommitteeStaff, "/committee")]
    [InlineData(PortalRoles.Expert, "/expert")]
    [InlineData(PortalRoles.FinanceStaff, "/finance")]
    [InlineData(PortalRoles.Administrator, "/admin")]
    public async Task Each_demo_account_signs_in_and_lands_on_its_role_home(string role, string home)
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.SignInAsync(DemoAccounts.ByRole[role], PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(home, response.LocationPath());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Chinese_without_saying_which_part_was_wrong()
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.SignInAsync("expert@demo.local", "Wrong#2026");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("邮箱或密码不正确", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        using var client = PortalClient.For(fixture.Factory);
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync("finance@demo.local", "Wrong#2026");
        }

        var response = await client.SignInAsync("finance@demo.local", PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/finance")).StatusCode);
        // The answer is the one every refused sign-in gets (SignInAnswersTests): it mentions a lockout without
        // saying this account has one.
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("锁定", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_local_return_url_is_honoured_and_a_foreign_one_ignored()
    {
        using var client = PortalClient.For(fixture.Factory);
        var local = await client.SubmitAsync("/account/login?ReturnUrl=%2Fstaff%2Fenterprises", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "staff@demo.local", ["Input.Password"] = PortalClient.DemoPassword,
        });
        Assert.Equal("/staff/enterprises", local.LocationPath());

        using var other = PortalClient.For(fixture.Factory);
        var foreign = await other.SubmitAsync("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "staff@demo.local", ["Input.Password"] = PortalClient.DemoPassword,
        });
        Assert.Equal("/committee", foreign.LocationPath());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, "expert@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/expert")).StatusCode);
        // The work area's sign-out sits in the account menu, rendered once the circuit runs; the public pages render
        // the same form in plain HTML.
        var page = await client.GetPageAsync("/");
        var token = page.QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.Http.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", (await client.Http.GetAsync("/expert")).LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_without_the_form_token_is_refused()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, "admin@demo.local");
        var response = await client.Http.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/users")).StatusCode);
    }
}
