namespace SubsidyPortal.Domain.Policies;

/// <summary>
/// What one user may see of the authorities' programmes: every authority (applicants, towns/parks and administrators,
/// whose own rules bind them, and the system's jobs), or only the listed ones (committee, finance and expert
/// accounts). A bound account with no authority sees nothing.
/// </summary>
public sealed class AuthorityScope
{
    private AuthorityScope(IReadOnlyList<string>? authorityIds)
    {
        if (authorityIds is null)
        {
            IsRestricted = false;
            AuthorityIds = [.. AdministeringAuthorities.All.Select(a => a.Id)];
        }
        else
        {
            AuthorityIds = [.. AdministeringAuthorities.All.Select(a => a.Id).Where(authorityIds.Contains)];
            IsRestricted = AuthorityIds.Count < AdministeringAuthorities.All.Count;
        }

        PolicyIds = [.. AdministeringAuthorities.All.Where(a => AuthorityIds.Contains(a.Id)).SelectMany(a => a.PolicyIds)];
    }

    public static AuthorityScope Everything { get; } = new(null);

    /// <summary>Only these authorities; unknown ids are ignored, and all of them together is <see cref="Everything"/>.</summary>
    public static AuthorityScope Only(IEnumerable<string> authorityIds) => new([.. authorityIds]);

    /// <summary>False when every authority is visible, so queries need no filter.</summary>
    public bool IsRestricted { get; }

    public IReadOnlyList<string> AuthorityIds { get; }

    public IReadOnlyList<string> PolicyIds { get; }

    public bool Covers(string policyId) => PolicyIds.Contains(policyId, StringComparer.Ordinal);

    public bool CoversAuthority(string authorityId) => AuthorityIds.Contains(authorityId, StringComparer.Ordinal);
}
