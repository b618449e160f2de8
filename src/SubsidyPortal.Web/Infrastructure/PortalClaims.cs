using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SubsidyPortal.Infrastructure.Identity;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>Claims the pages need without a database round-trip: whose enterprise, which town/park, what name.</summary>
public static class PortalClaims
{
    public const string DisplayName = "portal:display_name";
    public const string EnterpriseId = "portal:enterprise_id";
    public const string TownOrParkId = "portal:town_or_park_id";

    /// <summary>One per administering authority a committee, finance or expert account serves.</summary>
    public const string Authority = "portal:authority";

    /// <summary>The server-side session this cookie belongs to (<see cref="SubsidyPortal.Infrastructure.Identity.SessionStore"/>).</summary>
    public const string Session = "portal:session";

    public static Guid? GetEnterpriseId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(EnterpriseId));

    public static Guid? GetTownOrParkId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(TownOrParkId));

    public static Guid? GetSessionId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(Session));

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? string.Empty;

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}

internal sealed class PortalClaimsFactory(
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.EnterpriseId is { } enterpriseId)
        {
            identity.AddClaim(new Claim(PortalClaims.EnterpriseId, enterpriseId.ToString()));
        }

        if (user.TownOrParkId is { } townId)
        {
            identity.AddClaim(new Claim(PortalClaims.TownOrParkId, townId.ToString()));
        }

        foreach (var authorityId in user.AuthorityIds)
        {
            identity.AddClaim(new Claim(PortalClaims.Authority, authorityId));
        }

        return identity;
    }
}
