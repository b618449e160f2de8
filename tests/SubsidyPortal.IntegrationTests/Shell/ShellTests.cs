using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Shell;

/// <summary>The portal's frame: Chinese first, English on request, health endpoints, friendly errors, shared state.</summary>
public sealed class ShellTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_icon_browsers_ask_for_by_themselves_points_to_the_portals_icon_not_to_the_sign_in_page()
    {
        using var browser = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await browser.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/favicon.svg", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/favicon.svg")).StatusCode);
    }

    [Fact]
    public async Task The_home_page_speaks_Chinese_by_default_whatever_the_browser_asks_for()
    {
        using var client = PortalClient.For(fixture.Factory);
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        var response = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("科技创新政策申报", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_sets_a_cookie_and_the_next_page_is_English()
    {
        using var client = PortalClient.For(fixture.Factory);
        var switched = await client.Http.GetAsync("/culture/en?returnUrl=%2Faccount%2Flogin");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/account/login", switched.LocationPath());
        var html = await (await client.Http.GetAsync("/account/login")).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Sign in", html, StringComparison.Ordinal);

        var back = await client.Http.GetAsync("/culture/zh-CN?returnUrl=https%3A%2F%2Fevil.example");
        Assert.Equal("/", back.LocationPath());
        Assert.Contains("登录", await (await client.Http.GetAsync("/account/login")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_messages_follow_the_chosen_language()
    {
        using var client = PortalClient.For(fixture.Factory);
        await client.Http.GetAsync("/culture/en?returnUrl=%2F");
        var page = await PortalClient.ParseAsync(await client.SubmitAsync("/account/register", "register", new Dictionary<string, string> { ["Input.Uscc"] = "91330100799655058b" }));
        Assert.Equal("Letters in the unified social credit code must be upper case.", page.QuerySelector("#f-Uscc-error")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_signing_in(string url)
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_page_gets_the_Chinese_not_found_page()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, "staff@demo.local");
        var response = await client.Http.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("未找到", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_protective_headers()
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.Http.GetAsync("/");
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_protection_keys_live_in_PostgreSQL_so_every_instance_shares_them()
    {
        using var client = PortalClient.For(fixture.Factory);
        await client.Http.GetAsync("/account/login");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_another_on_the_same_database()
    {
        await using var second = new PortalFactory(fixture.Factory.ConnectionString);
        using var first = PortalClient.For(fixture.Factory);
        var cookie = await CookieHeaderAsync(first);
        using var other = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        other.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/expert")).StatusCode);
    }

    [Fact]
    public async Task The_file_store_keeps_bytes_and_their_hash_in_PostgreSQL()
    {
        var content = Encoding.UTF8.GetBytes("%PDF-1.7 申报材料");
        Guid id;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var info = await scope.ServiceProvider.GetRequiredService<IFileStore>()
                .SaveAsync("../../etc/申报书.pdf", "application/pdf", new MemoryStream(content), CancellationToken.None);
            Assert.Equal("申报书.pdf", info.OriginalName);
            Assert.Equal(content.Length, info.Length);
            id = info.Id;
        }

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
            var file = await store.OpenAsync(id, CancellationToken.None);
            Assert.Equal(content, file!.Content);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), file.Info.Sha256);
            Assert.True(await store.DeleteAsync(id, CancellationToken.None));
            Assert.Null(await store.OpenAsync(id, CancellationToken.None));
        }
    }

    /// <summary>The auth cookie the first instance set, as a request header for another instance.</summary>
    private static async Task<string> CookieHeaderAsync(PortalClient client)
    {
        var response = await client.SignInAsync("expert@demo.local", PortalClient.DemoPassword);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }
}
