using System.Globalization;
using System.Resources;

namespace SubsidyPortal.Application.Validation;

/// <summary>
/// Validation messages in the current UI culture: Chinese (the neutral resources) unless English is chosen.
/// Keys are stable codes, so domain error codes and validator messages share one table.
/// </summary>
public static class ValidationText
{
    private static readonly ResourceManager Resources =
        new("SubsidyPortal.Application.Resources.ValidationMessages", typeof(ValidationText).Assembly);

    public static string Get(string key, params object[] args)
    {
        var text = Resources.GetString(key, CultureInfo.CurrentUICulture)
                   ?? throw new KeyNotFoundException($"No validation message '{key}'.");
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, args);
    }

    public static bool Has(string key) => Resources.GetString(key, CultureInfo.InvariantCulture) is not null;
}
