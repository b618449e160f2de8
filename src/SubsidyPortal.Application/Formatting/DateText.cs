using System.Globalization;

namespace SubsidyPortal.Application.Formatting;

/// <summary>
/// Reads a date as people type it on a form: 2021-12-15, also with full-width digits and dash from a Chinese input
/// method. Only a day that exists is read: 2026-02-30 or 2026-2-3 is refused, never taken as "no date".
/// </summary>
public static class DateText
{
    public const string Pattern = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var chars = text.Trim().Select(c => c switch
        {
            >= '０' and <= '９' => (char)('0' + (c - '０')),
            '－' or '—' or '–' => '-',
            _ => c,
        }).ToArray();
        return DateOnly.TryParseExact(new string(chars), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>"2021-12-15", the form's own shape, so a date read back shows as it was typed.</summary>
    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);
}
