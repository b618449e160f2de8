using Microsoft.AspNetCore.Identity;

namespace SubsidyPortal.Infrastructure.Identity;

/// <summary>A person who signs in. Applicants belong to one enterprise; TownOrPark users to one town/park.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public Guid? EnterpriseId { get; set; }

    public Guid? TownOrParkId { get; set; }

    /// <summary>The administering authorities a committee, finance or expert account serves
    /// (<see cref="Domain.Policies.AdministeringAuthorities"/> ids); empty for every other role.</summary>
    public List<string> AuthorityIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
