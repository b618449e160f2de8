namespace SubsidyPortal.Domain.Applications;

/// <summary>
/// Who makes a change: a user in one of the portal's roles, or the system itself (the approval job).
/// EnterpriseId / TownOrParkId bind applicants and towns/parks to what is theirs; <see cref="Authorities"/> binds
/// committee, finance and expert users to the administering authorities they serve (null: every authority, as for the
/// system's jobs). A use case runs with the authorities of the actor it is given.
/// </summary>
public sealed record Actor(
    Guid? UserId, string Name, string Role, Guid? EnterpriseId = null, Guid? TownOrParkId = null, Policies.AuthorityScope? Authorities = null)
{
    /// <summary>The role of the background job that approves applications whose notice window closed.</summary>
    public const string SystemRole = "System";

    public static Actor System { get; } = new(null, "系统", SystemRole);
}
