using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Options;
using SubsidyPortal.Infrastructure.Identity;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// How a session ends. Each sign-in cookie names a server-side session (<see cref="SessionStore"/>); every request
/// checks it in one statement, together with the user's security stamp, so signing out, a password change or reset,
/// a disable or a role change (each gives the user a new stamp) refuses the cookie at its next request, copies
/// included. An open page (a circuit, which makes no requests) is checked every <see cref="Interval"/>. Identity's
/// own stamp check still runs on that beat too, to refresh the cookie's claims.
/// </summary>
public static class SessionRevalidation
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    public static TimeSpan Interval(IConfiguration configuration) =>
        configuration.GetValue("Identity:SecurityStampValidationInterval", DefaultInterval);

    public static IServiceCollection AddSessionRevalidation(this IServiceCollection services, IConfiguration configuration)
    {
        var interval = Interval(configuration);
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = interval;
            // The refreshed claims are rebuilt from the user's row, which does not know the session: carry it over.
            o.OnRefreshingPrincipal = refresh =>
            {
                if (refresh.CurrentPrincipal?.FindFirst(PortalClaims.Session) is { } session && refresh.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(PortalClaims.Session, session.Value));
                }

                return Task.CompletedTask;
            };
        });
        services.AddScoped<SignInManager<PortalUser>, PortalSignInManager>();
        // After ConfigureApplicationCookie in PortalApp and Identity's own (which sets the stamp validator it wraps).
        services.ConfigureApplicationCookie(o => SessionCookie.Attach(o.Events));
        services.AddScoped<AuthenticationStateProvider, CircuitRevalidation>();
        return services;
    }

    /// <summary>The session, user and stamp a principal was issued with, if it has all three.</summary>
    internal static bool TryRead(ClaimsPrincipal principal, IdentityOptions identity, out Guid session, out Guid user, out string stamp)
    {
        stamp = principal.FindFirstValue(identity.ClaimsIdentity.SecurityStampClaimType) ?? string.Empty;
        user = Guid.TryParse(principal.FindFirstValue(identity.ClaimsIdentity.UserIdClaimType), out var u) ? u : Guid.Empty;
        session = principal.GetSessionId() ?? Guid.Empty;
        return session != Guid.Empty && user != Guid.Empty && stamp.Length > 0;
    }
}

/// <summary>The sign-in cookie's per-request check against the server-side session.</summary>
internal static class SessionCookie
{
    private const string Renewing = "SubsidyPortal.SessionRenewing";

    public static void Attach(CookieAuthenticationEvents events)
    {
        var stampValidator = events.OnValidatePrincipal;
        var sliding = events.OnCheckSlidingExpiration;
        events.OnCheckSlidingExpiration = async context =>
        {
            await sliding(context);
            if (IsStaticAsset(context.HttpContext))
            {
                // Unchecked (below), so it must not extend the cookie either.
                context.ShouldRenew = false;
            }
            else if (context.ShouldRenew)
            {
                context.HttpContext.Items[Renewing] = true;
            }
        };
        events.OnValidatePrincipal = async context =>
        {
            // Scripts and styles read nothing of the user: no database read for them.
            if (IsStaticAsset(context.HttpContext))
            {
                return;
            }

            var services = context.HttpContext.RequestServices;
            var sessions = services.GetRequiredService<SessionStore>();
            var identity = services.GetRequiredService<IOptions<IdentityOptions>>().Value;
            var now = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
            if (context.Principal is null
                || !SessionRevalidation.TryRead(context.Principal, identity, out var session, out var user, out var stamp)
                || !await sessions.IsActiveAsync(session, user, stamp, now, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await stampValidator(context);
            if (context.Principal is not null && (context.ShouldRenew || context.HttpContext.Items.ContainsKey(Renewing)))
            {
                // The cookie is about to be issued again with its lifetime counted from now; the session follows it.
                var lifetime = context.Properties.ExpiresUtc - context.Properties.IssuedUtc ?? context.Options.ExpireTimeSpan;
                await sessions.ExtendAsync(session, now + lifetime, context.HttpContext.RequestAborted);
            }
        };
    }

    private static bool IsStaticAsset(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
}

/// <summary>Signs an open page out when its session has ended or its user's security stamp changed.</summary>
internal sealed class CircuitRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    // Never faster than every few seconds: a circuit's check is a database read.
    protected override TimeSpan RevalidationInterval { get; } = SessionRevalidation.Interval(configuration) < TimeSpan.FromSeconds(5)
        ? TimeSpan.FromSeconds(5)
        : SessionRevalidation.Interval(configuration);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillValidAsync(authenticationState.User, cancellationToken);

    /// <summary>The check each revalidation makes (internal for the tests).</summary>
    internal async Task<bool> IsStillValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        try
        {
            if (!SessionRevalidation.TryRead(user, identity.Value, out var session, out var userId, out var stamp))
            {
                return false;
            }

            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SessionStore>().IsActiveAsync(session, userId, stamp, DateTimeOffset.UtcNow, cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // The application is stopping and its circuits with it; signing this page out would only render into a
            // disposed circuit.
            return true;
        }
    }
}
