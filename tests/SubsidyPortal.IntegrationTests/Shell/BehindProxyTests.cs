using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Shell;

/// <summary>
/// Behind nginx, which terminates TLS, the portal learns the scheme from X-Forwarded-Proto: HSTS and secure
/// cookies follow the browser's HTTPS, not the proxy's plain hop. Only a trusted proxy (loopback here) is believed.
/// </summary>
public sealed class BehindProxyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string PublicHost = "portal.example.gov.cn";

    [Fact]
    public async Task A_request_the_proxy_received_over_https_is_treated_as_https()
    {
        // A second host on the fixture's database, listening on loopback like an instance behind nginx.
        await using var instance = new PortalFactory(fixture.Factory.ConnectionString, settings: new Dictionary<string, string?> { ["Seed:DemoData"] = "false" });
        using var client = new HttpClient { BaseAddress = instance.UseRealServer() };

        using var viaTls = new HttpRequestMessage(HttpMethod.Get, "/");
        viaTls.Headers.Host = PublicHost;
        viaTls.Headers.Add("X-Forwarded-Proto", "https");
        viaTls.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var secured = await client.SendAsync(viaTls);

        using var plain = new HttpRequestMessage(HttpMethod.Get, "/");
        plain.Headers.Host = PublicHost;
        using var unsecured = await client.SendAsync(plain);

        Assert.True(secured.Headers.Contains("Strict-Transport-Security"));
        Assert.False(unsecured.Headers.Contains("Strict-Transport-Security"));
    }
}
