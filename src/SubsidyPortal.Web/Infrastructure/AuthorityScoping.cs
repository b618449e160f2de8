using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Sets <see cref="VisibleAuthorities"/> from the signed-in user before anything reads data: on every request (pages,
/// endpoints, downloads) and on every inbound activity of an open page (a circuit makes no requests). Committee,
/// finance and expert accounts see the authorities in their cookie (rebuilt from their row whenever an administrator
/// changes them, since that changes their security stamp); everyone else is bound by their own rules.
/// </summary>
public static class AuthorityScoping
{
    public static AuthorityScope ScopeOf(ClaimsPrincipal user) =>
        PortalRoles.AuthorityBound.Any(user.IsInRole)
            ? AuthorityScope.Only(user.FindAll(PortalClaims.Authority).Select(c => c.Value))
            : AuthorityScope.Everything;

    public static IServiceCollection AddAuthorityScoping(this IServiceCollection services) =>
        services.AddScoped<CircuitHandler, AuthorityScopeCircuitHandler>();

    /// <summary>After authentication, before authorization and every endpoint.</summary>
    public static IApplicationBuilder UseAuthorityScoping(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.RequestServices.GetRequiredService<VisibleAuthorities>().Set(ScopeOf(context.User));
            await next(context);
        });
}

internal sealed class AuthorityScopeCircuitHandler(AuthenticationStateProvider authentication, VisibleAuthorities visible) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            visible.Set(AuthorityScoping.ScopeOf(state.User));
            await next(context);
        };
}
