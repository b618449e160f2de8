using System.Globalization;
using SubsidyPortal.Domain.Policies;

namespace SubsidyPortal.Application.Formatting;

/// <summary>Administering authorities by name in the reader's language.</summary>
public static class AuthorityText
{
    public static string Name(AdministeringAuthority authority) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? authority.NameEn : authority.NameZh;

    /// <summary>The named authorities in the catalogue's order, joined with 、 (or ", " in English); unknown ids are left out.</summary>
    public static string Names(IEnumerable<string> authorityIds)
    {
        var ids = authorityIds.ToHashSet(StringComparer.Ordinal);
        var separator = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? ", " : "、";
        return string.Join(separator, AdministeringAuthorities.All.Where(a => ids.Contains(a.Id)).Select(Name));
    }
}
