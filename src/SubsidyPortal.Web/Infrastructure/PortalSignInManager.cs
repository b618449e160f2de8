using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SubsidyPortal.Infrastructure.Identity;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Identity's sign-in, with a server-side session: every sign-in starts one, named in the cookie, and signing out ends
/// it, so a copy of the cookie is refused afterwards (<see cref="SessionStore"/>, checked per request by
/// <see cref="SessionCookie"/>).
/// </summary>
internal sealed class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    SessionStore sessions,
    IOptionsMonitor<CookieAuthenticationOptions> cookies)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(PortalUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var options = cookies.Get(IdentityConstants.ApplicationScheme);
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        // A refresh (after a password change) keeps the cookie's expiry; a new sign-in gets the full lifetime.
        var expires = authenticationProperties?.ExpiresUtc ?? now + options.ExpireTimeSpan;
        // Signing in again in this browser (a refresh, or as someone else) replaces its session.
        await EndCurrentSessionAsync();
        var session = await sessions.StartAsync(user.Id, now, expires);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(PortalClaims.Session, session.ToString())]);
    }

    public override async Task SignOutAsync()
    {
        await EndCurrentSessionAsync();
        await base.SignOutAsync();
    }

    private async Task EndCurrentSessionAsync()
    {
        if (Context.User.GetSessionId() is { } current)
        {
            await sessions.EndAsync(current);
        }
    }
}
