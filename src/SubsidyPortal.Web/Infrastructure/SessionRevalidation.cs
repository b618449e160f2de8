using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SubsidyPortal.Infrastructure.Identity;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// How soon a session ends after its account changes (disabled, password reset, role changed: each gives the user
/// a new security stamp). The sign-in cookie is checked against the stamp on the next request after
/// <see cref="Interval"/>; an open page (a circuit, which makes no requests) is checked on the same beat.
/// </summary>
public static class SessionRevalidation
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    public static TimeSpan Interval(IConfiguration configuration) =>
        configuration.GetValue("Identity:SecurityStampValidationInterval", DefaultInterval);

    public static IServiceCollection AddSessionRevalidation(this IServiceCollection services, IConfiguration configuration)
    {
        var interval = Interval(configuration);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = interval);
        services.AddScoped<AuthenticationStateProvider, CircuitRevalidation>();
        return services;
    }
}

/// <summary>Signs an open page out when its user's security stamp no longer matches the one it signed in with.</summary>
internal sealed class CircuitRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    // Never faster than every few seconds: a circuit's check is a database read.
    protected override TimeSpan RevalidationInterval { get; } = SessionRevalidation.Interval(configuration) < TimeSpan.FromSeconds(5)
        ? TimeSpan.FromSeconds(5)
        : SessionRevalidation.Interval(configuration);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            return await StampStillMatchesAsync(authenticationState);
        }
        catch (ObjectDisposedException)
        {
            // The application is stopping and its circuits with it; signing this page out would only render into a
            // disposed circuit.
            return true;
        }
    }

    private async Task<bool> StampStillMatchesAsync(AuthenticationState authenticationState)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = authenticationState.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
