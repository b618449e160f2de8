using FluentValidation;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;

namespace SubsidyPortal.Application.Accounts;

/// <summary>Committee, finance and expert accounts serve one or more administering authorities; other roles none.</summary>
public static class AuthorityBinding
{
    /// <summary>The authorities an account of <paramref name="role"/> keeps from what was chosen: the known ones, once
    /// each, in the catalogue's order; none for a role that is not bound.</summary>
    public static List<string> For(string? role, IEnumerable<string> chosen) =>
        role is not null && PortalRoles.AuthorityBound.Contains(role)
            ? [.. AdministeringAuthorities.All.Select(a => a.Id).Where(chosen.Contains)]
            : [];

    public static IRuleBuilderOptions<T, List<string>> ServesAuthorities<T>(this IRuleBuilder<T, List<string>> rule, Func<T, string?> role) =>
        rule
            .Must((x, ids) => !IsBound(role(x)) || ids.Count > 0)
            .WithMessage(_ => ValidationText.Get("authority.required-for-role"))
            .Must((x, ids) => !IsBound(role(x)) || ids.TrueForAll(id => AdministeringAuthorities.Find(id) is not null))
            .WithMessage(_ => ValidationText.Get("authority.unknown"));

    private static bool IsBound(string? role) => role is not null && PortalRoles.AuthorityBound.Contains(role);
}
