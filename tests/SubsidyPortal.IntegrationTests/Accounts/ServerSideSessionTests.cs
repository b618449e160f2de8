using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Accounts;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Accounts;

/// <summary>
/// The sign-in cookie is a key to a session the server keeps. Signing out ends that session, so a copy of the cookie
/// taken before is refused after; a password change or an administrator's disable ends the user's other sessions at
/// their very next request (this portal checks the security stamp only once a minute otherwise); and a session the
/// server no longer holds is refused although its cookie has not expired.
/// </summary>
public sealed class ServerSideSessionTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        using var browser = PortalClient.For(fixture.Factory);
        var copy = Sessions.AuthCookie(await browser.SignInAsync("expert@demo.local", PortalClient.DemoPassword));
        using var thief = Sessions.CookieLess(fixture.Factory);
        Assert.Equal(HttpStatusCode.OK, (await Sessions.GetAsync(thief, "/expert", copy)).StatusCode);

        await Sessions.SignOutAsync(browser);

        var page = await Sessions.GetAsync(thief, "/expert", copy);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.LocationPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Sessions.GetAsync(thief, $"/api/applications/{Guid.NewGuid()}", copy)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_in_one_browser_leaves_the_same_user_signed_in_in_another()
    {
        using var office = await PortalClient.SignedInAsync(fixture.Factory, "expert2@demo.local");
        using var home = await PortalClient.SignedInAsync(fixture.Factory, "expert2@demo.local");

        await Sessions.SignOutAsync(office);

        Assert.Equal(HttpStatusCode.Redirect, (await office.Http.GetAsync("/expert")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await home.Http.GetAsync("/expert")).StatusCode);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_at_their_next_request_and_keeps_the_one_that_made_it()
    {
        using var changer = await PortalClient.SignedInAsync(fixture.Factory, "expert3@demo.local");
        using var other = await PortalClient.SignedInAsync(fixture.Factory, "expert3@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await other.Http.GetAsync("/expert")).StatusCode);

        var changed = await changer.SubmitAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = PortalClient.DemoPassword,
            ["Input.NewPassword"] = "Changed#2027",
            ["Input.ConfirmPassword"] = "Changed#2027",
        });
        Assert.Equal("/account/password?changed=true", changed.LocationPath());

        var next = await other.Http.GetAsync("/expert");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/account/login", next.LocationPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await changer.Http.GetAsync("/expert")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_s_disable_ends_the_session_at_its_next_request()
    {
        using var session = await PortalClient.SignedInAsync(fixture.Factory, "finance2@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/finance")).StatusCode);
        var admin = await Demo.ActorAsync(fixture.Factory, "admin@demo.local");
        var user = await Demo.ActorAsync(fixture.Factory, "finance2@demo.local");
        var accounts = fixture.Factory.Services.GetRequiredService<IAccountAdministration>();

        Assert.True((await accounts.DisableAsync(user.UserId!.Value, admin, CancellationToken.None)).Succeeded);

        var next = await session.Http.GetAsync("/finance");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/account/login", next.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_past_its_server_side_expiry_is_refused_though_its_cookie_has_not_expired()
    {
        using var session = await PortalClient.SignedInAsync(fixture.Factory, "expert4@demo.local");
        var user = await Demo.ActorAsync(fixture.Factory, "expert4@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/expert")).StatusCode);

        var expired = await Demo.WithDbAsync(fixture.Factory, db => db.UserSessions.Where(s => s.UserId == user.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        Assert.Equal(1, expired);

        Assert.Equal(HttpStatusCode.Redirect, (await session.Http.GetAsync("/expert")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_again_replaces_the_browser_s_session_and_clears_the_user_s_expired_ones()
    {
        using var browser = await PortalClient.SignedInAsync(fixture.Factory, "expert5@demo.local");
        var user = await Demo.ActorAsync(fixture.Factory, "expert5@demo.local");
        await Demo.WithDbAsync(fixture.Factory, db => db.UserSessions.Where(s => s.UserId == user.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        using var other = await PortalClient.SignedInAsync(fixture.Factory, "expert5@demo.local");

        Assert.Equal(1, await Demo.WithDbAsync(fixture.Factory, db => db.UserSessions.CountAsync(s => s.UserId == user.UserId)));
    }
}

/// <summary>Cookie handling the session tests share: the sign-in cookie as a browser holds it, a client that sends
/// only the cookies it is given, and signing out through the page's form.</summary>
internal static class Sessions
{
    public const string CookieName = "SubsidyPortal.Auth";

    /// <summary>"SubsidyPortal.Auth=…" from a response that set it.</summary>
    public static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal)).Split(';')[0];

    public static HttpClient CookieLess(PortalFactory factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }

    /// <summary>Signs out with the form the public pages render for a signed-in user.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(PortalClient client)
    {
        var page = await client.GetPageAsync("/");
        var token = page.QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.Http.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }
}
