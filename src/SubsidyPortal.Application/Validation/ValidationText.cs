using System.Globalization;
using System.Resources;

namespace SubsidyPortal.Application.Validation;

/// <summary>
/// Validation messages in the current UI culture: Chinese (the neutral resources) unless English is chosen.
/// Keys are stable codes, so domain error codes and validator messages share one table.
/// </summary>
public static class ValidationText
{
    // Form validation messages, and the messages for the workflow's domain codes (calls, applications, review,
    // notices) and for money (awards, batches, claw-backs), each in its own table so each stays readable.
    private static readonly ResourceManager[] Tables =
    [
        new("SubsidyPortal.Application.Resources.ValidationMessages", typeof(ValidationText).Assembly),
        new("SubsidyPortal.Application.Resources.WorkflowMessages", typeof(ValidationText).Assembly),
        new("SubsidyPortal.Application.Resources.MoneyMessages", typeof(ValidationText).Assembly),
    ];

    public static string Get(string key, params object[] args)
    {
        var text = Find(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"No validation message '{key}'.");
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, args);
    }

    public static bool Has(string key) => Find(key, CultureInfo.InvariantCulture) is not null;

    private static string? Find(string key, CultureInfo culture)
    {
        foreach (var table in Tables)
        {
            if (table.GetString(key, culture) is { } text)
            {
                return text;
            }
        }

        return null;
    }
}
