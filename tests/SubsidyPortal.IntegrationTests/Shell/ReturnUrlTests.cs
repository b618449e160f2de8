using System.Net;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Shell;

/// <summary>
/// A return URL is followed only when it is a plain path on the portal; anything else (another site, a path a browser
/// reads as another site, control characters, which browsers strip) goes to the home page with a 302, never a 500.
/// </summary>
public sealed class ReturnUrlTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    public static TheoryData<string> Refused => new()
    {
        "%2F%09%2Fevil.example",
        "%2F%0D%0A%2Fevil.example",
        "%2F%00",
        "%2Fx%7F",
        "%2F%2Fevil.example",
        "%2F%5Cevil.example",
        "https%3A%2F%2Fevil.example%2F",
        "javascript%3Aalert(1)",
        "evil.example",
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task The_language_switch_sends_anything_but_a_local_path_home(string returnUrl)
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.Http.GetAsync($"/culture/en?returnUrl={returnUrl}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_language_switch_returns_to_a_local_path_with_its_query()
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.Http.GetAsync("/culture/en?returnUrl=%2Fpolicies%3Fq%3D1");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/policies?q=1", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Signing_in_with_anything_but_a_local_return_path_lands_on_the_role_home(string returnUrl)
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.SubmitAsync($"/account/login?ReturnUrl={returnUrl}", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "staff@demo.local",
            ["Input.Password"] = PortalClient.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/committee", response.Headers.Location!.OriginalString);
    }
}
