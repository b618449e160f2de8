using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>Where each role lands after signing in.</summary>
public static class RoleHome
{
    public static string For(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet();
        return set switch
        {
            _ when set.Contains(PortalRoles.Administrator) => "/admin",
            _ when set.Contains(PortalRoles.CommitteeStaff) => "/committee",
            _ when set.Contains(PortalRoles.FinanceStaff) => "/finance",
            _ when set.Contains(PortalRoles.TownOrPark) => "/town",
            _ when set.Contains(PortalRoles.Expert) => "/expert",
            _ when set.Contains(PortalRoles.Applicant) => "/enterprise",
            _ => "/",
        };
    }

    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
