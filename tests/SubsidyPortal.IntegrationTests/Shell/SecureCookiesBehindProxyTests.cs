using System.Net;
using AngleSharp.Html.Dom;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Shell;

/// <summary>
/// Behind the TLS-terminating proxy (X-Forwarded-Proto: https from loopback) the sign-in, form-token and language cookies
/// are marked Secure, so a browser never sends them over plain HTTP; over plain HTTP (a local run) they are not, or
/// the browser would drop them.
/// </summary>
public sealed class SecureCookiesBehindProxyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Cookies_set_over_forwarded_https_are_secure()
    {
        var cookies = await SignInCookiesAsync(forwardedHttps: true);

        Assert.All(cookies, c => Assert.Contains("; secure", c.Value, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Cookies_set_over_plain_http_are_not_marked_secure()
    {
        var cookies = await SignInCookiesAsync(forwardedHttps: false);

        Assert.All(cookies, c => Assert.DoesNotContain("; secure", c.Value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The Set-Cookie lines of the form token (sign-in page), the sign-in cookie and the language cookie,
    /// by cookie name, each request arriving as the proxy forwards it.</summary>
    private async Task<Dictionary<string, string>> SignInCookiesAsync(bool forwardedHttps)
    {
        // A second host on the fixture's database, listening on loopback like an instance behind nginx.
        await using var instance = new PortalFactory(fixture.Factory.ConnectionString, settings: new Dictionary<string, string?> { ["Seed:DemoData"] = "false" });
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = instance.UseRealServer() };
        var set = new Dictionary<string, string>();

        var login = await SendAsync(client, HttpMethod.Get, "/account/login", forwardedHttps, cookie: null, body: null);
        Collect(login, set);
        var antiforgery = set.Keys.Single(k => k.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var page = await PortalClient.ParseAsync(login);
        var form = page.Forms.Single(f => f.QuerySelector("input[name=_handler][value=login]") is not null);
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.Add(new("Input.Email", "staff@demo.local"));
        fields.Add(new("Input.Password", PortalClient.DemoPassword));

        var signIn = await SendAsync(client, HttpMethod.Post, "/account/login", forwardedHttps, Pair(set[antiforgery]), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Collect(signIn, set);
        Collect(await SendAsync(client, HttpMethod.Get, "/culture/en?returnUrl=%2F", forwardedHttps, Pair(set["SubsidyPortal.Auth"]), body: null), set);

        Assert.Contains("SubsidyPortal.Auth", set.Keys);
        Assert.Contains(".AspNetCore.Culture", set.Keys);
        return set;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, bool forwardedHttps, string? cookie, HttpContent? body)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body };
        request.Headers.Host = "portal.example.gov.cn";
        if (forwardedHttps)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static void Collect(HttpResponseMessage response, Dictionary<string, string> set)
    {
        foreach (var line in response.Headers.TryGetValues("Set-Cookie", out var lines) ? lines : [])
        {
            set[line[..line.IndexOf('=', StringComparison.Ordinal)]] = line;
        }
    }

    private static string Pair(string setCookie) => setCookie.Split(';')[0];
}
