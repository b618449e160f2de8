using SubsidyPortal.Domain.Policies;

namespace SubsidyPortal.Application.Common;

/// <summary>
/// The authorities the current request or open page may see. One per scope: the web layer sets it from the signed-in
/// user before any page or endpoint runs; the database applies it to every read of an authority's objects, and
/// commands that create such objects check it. A scope nobody set (the system's jobs, seeding) sees everything.
/// </summary>
public sealed class VisibleAuthorities
{
    public AuthorityScope Scope { get; private set; } = AuthorityScope.Everything;

    public void Set(AuthorityScope scope) => Scope = scope;
}
