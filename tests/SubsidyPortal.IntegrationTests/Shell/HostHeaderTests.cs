using System.Net;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Shell;

/// <summary>
/// No redirect is built from the Host header the client sent: with "Host: evil.example" every Location (the sign-in
/// redirect, access denied, after signing in and out, the language switch) is a path on the portal itself, so a
/// poisoned cache or a crafted link cannot send a user to another site.
/// </summary>
public sealed class HostHeaderTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static readonly Uri Evil = new("http://evil.example");

    [Theory]
    [InlineData("/expert")]
    [InlineData("/admin/users")]
    [InlineData("/account/password")]
    [InlineData("/finance/batches")]
    public async Task The_sign_in_redirect_is_a_local_path(string page)
    {
        using var client = PortalClient.For(fixture.Factory, Evil);
        var response = await client.Http.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertLocal(response, "/account/login");
    }

    [Fact]
    public async Task Access_denied_is_a_local_path()
    {
        using var client = PortalClient.For(fixture.Factory, Evil);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("applicant@demo.local", PortalClient.DemoPassword)).StatusCode);
        var response = await client.Http.GetAsync("/admin/users");
        AssertLocal(response, "/account/access-denied");
    }

    [Fact]
    public async Task Signing_in_with_and_without_a_return_url_redirects_to_a_local_path()
    {
        using var plain = PortalClient.For(fixture.Factory, Evil);
        AssertLocal(await plain.SignInAsync("staff@demo.local", PortalClient.DemoPassword), "/committee");

        using var returning = PortalClient.For(fixture.Factory, Evil);
        var response = await returning.SubmitAsync("/account/login?ReturnUrl=%2Fstaff%2Fenterprises", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "staff@demo.local",
            ["Input.Password"] = PortalClient.DemoPassword,
        });
        AssertLocal(response, "/staff/enterprises");
    }

    [Fact]
    public async Task Signing_out_and_switching_language_redirect_to_a_local_path()
    {
        using var client = await SignedInAsync("expert@demo.local");
        AssertLocal(await client.Http.GetAsync("/culture/en?returnUrl=%2Fexpert"), "/expert");
        AssertLocal(await SignOutAsync(client), "/");
    }

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = PortalClient.For(fixture.Factory, Evil);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, PortalClient.DemoPassword)).StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> SignOutAsync(PortalClient client)
    {
        var page = await client.GetPageAsync("/");
        var token = page.QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.Http.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    private static void AssertLocal(HttpResponseMessage response, string expectedPath)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.DoesNotContain("evil.example", location, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal), location);
        Assert.StartsWith(expectedPath, location, StringComparison.Ordinal);
    }
}
