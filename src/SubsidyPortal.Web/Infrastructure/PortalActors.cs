using System.Security.Claims;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>The signed-in user as the domain's <see cref="Actor"/>: id, name, role and what they are bound to (enterprise,
/// town/park, administering authorities).</summary>
public static class PortalActors
{
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var role = PortalRoles.All.FirstOrDefault(user.IsInRole) ?? string.Empty;
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
        return new Actor(id, user.GetDisplayName(), role, user.GetEnterpriseId(), user.GetTownOrParkId(), AuthorityScoping.ScopeOf(user));
    }
}
