using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SubsidyPortal.Infrastructure.Identity;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Identity's sign-in with two changes. Every sign-in starts a server-side session, named in the cookie, and signing
/// out ends it, so a copy of the cookie is refused afterwards (<see cref="SessionStore"/>, checked per request by
/// <see cref="SessionCookie"/>). And a refused password costs one password hash whether the account is unknown, locked,
/// disabled or merely given the wrong password: the answer's timing does not tell which.
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
    // A hash of a random password, made once by the configured hasher so checking against it costs what a real check costs.
    private static string? _dummyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            SpendOneHash(password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(PortalUser user, string password, bool lockoutOnFailure)
    {
        // Identity refuses a locked or disabled account before it looks at the password, which answers in a few
        // milliseconds instead of a hash's hundred.
        if (await PreSignInCheck(user) is { } refused)
        {
            SpendOneHash(password);
            return refused;
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

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

    private void SpendOneHash(string password)
    {
        var hasher = UserManager.PasswordHasher;
        var hash = _dummyHash ??= hasher.HashPassword(new PortalUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(new PortalUser(), hash, password);
    }
}
