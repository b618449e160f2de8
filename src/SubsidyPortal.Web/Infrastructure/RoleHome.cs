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

    /// <summary>A path on this site, safe to redirect to. Browsers read a backslash as a slash and drop tabs and line
    /// breaks, so "/", tab, "/evil.example" would leave the site: a control character anywhere disqualifies the URL (as
    /// in ASP.NET's LocalRedirect, which throws on one, ending the request in a 500).</summary>
    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(char.IsControl);
}
