using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SubsidyPortal.Infrastructure.Identity;
using SubsidyPortal.Testing;
using SubsidyPortal.Web.Infrastructure;

namespace SubsidyPortal.IntegrationTests.Accounts;

/// <summary>
/// An open work page (a circuit) makes no requests, so it is checked on a beat instead: with the user the page was
/// opened with (the sign-in cookie's principal), the check passes while the session lasts and fails once the session
/// was signed out, or the user got a new security stamp, or the cookie names no session at all.
/// </summary>
public sealed class OpenPageRevalidationTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task An_open_page_is_signed_out_once_its_session_is_signed_out_elsewhere()
    {
        using var browser = PortalClient.For(fixture.Factory);
        var page = Principal(await browser.SignInAsync("expert@demo.local", PortalClient.DemoPassword));
        using var check = Revalidation();
        Assert.True(await check.IsStillValidAsync(page, CancellationToken.None));

        await Sessions.SignOutAsync(browser);

        Assert.False(await check.IsStillValidAsync(page, CancellationToken.None));
    }

    [Fact]
    public async Task An_open_page_is_signed_out_once_its_user_has_a_new_security_stamp()
    {
        using var browser = PortalClient.For(fixture.Factory);
        var page = Principal(await browser.SignInAsync("expert2@demo.local", PortalClient.DemoPassword));
        using var check = Revalidation();
        Assert.True(await check.IsStillValidAsync(page, CancellationToken.None));

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True((await users.UpdateSecurityStampAsync((await users.FindByEmailAsync("expert2@demo.local"))!)).Succeeded);
        }

        Assert.False(await check.IsStillValidAsync(page, CancellationToken.None));
    }

    [Fact]
    public async Task A_page_whose_cookie_names_no_session_is_signed_out()
    {
        using var browser = PortalClient.For(fixture.Factory);
        var page = Principal(await browser.SignInAsync("expert3@demo.local", PortalClient.DemoPassword));
        var withoutSession = new ClaimsPrincipal(new ClaimsIdentity(
            page.Claims.Where(c => c.Type != PortalClaims.Session), page.Identity!.AuthenticationType));
        using var check = Revalidation();

        Assert.True(await check.IsStillValidAsync(page, CancellationToken.None));
        Assert.False(await check.IsStillValidAsync(withoutSession, CancellationToken.None));
    }

    /// <summary>The user a circuit opened with this sign-in would hold: the cookie's own principal.</summary>
    private ClaimsPrincipal Principal(HttpResponseMessage signIn)
    {
        var cookie = Sessions.AuthCookie(signIn)[(Sessions.CookieName.Length + 1)..];
        var options = fixture.Factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        return options.TicketDataFormat.Unprotect(cookie)!.Principal;
    }

    private CircuitRevalidation Revalidation()
    {
        var services = fixture.Factory.Services;
        return new CircuitRevalidation(
            services.GetRequiredService<ILoggerFactory>(), services.GetRequiredService<IServiceScopeFactory>(),
            services.GetRequiredService<IOptions<IdentityOptions>>(), services.GetRequiredService<IConfiguration>());
    }
}
