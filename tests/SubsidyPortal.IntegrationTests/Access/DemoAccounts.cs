using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.IntegrationTests.Access;

/// <summary>The seeded demo account of each role (see PortalSeeder and README.md).</summary>
public static class DemoAccounts
{
    public static readonly IReadOnlyDictionary<string, string> ByRole = new Dictionary<string, string>
    {
        [PortalRoles.Applicant] = "applicant@demo.local",
        [PortalRoles.TownOrPark] = "town@demo.local",
        [PortalRoles.CommitteeStaff] = "staff@demo.local",
        [PortalRoles.Expert] = "expert@demo.local",
        [PortalRoles.FinanceStaff] = "finance@demo.local",
        [PortalRoles.Administrator] = "admin@demo.local",
    };
}
