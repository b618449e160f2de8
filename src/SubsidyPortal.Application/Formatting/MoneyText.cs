using System.Globalization;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Application.Formatting;

/// <summary>
/// The portal's one money format (docs/money-format.md). Amounts are <c>decimal</c> yuan everywhere; people see
/// 元 with thousands separators and two decimals in forms and records, and 万元 with up to six decimals (as the
/// districts publish their allocation lists) in notices, allocation lists and dashboards, where the unit stands once
/// in the column header. What people type is read by <see cref="TryParseYuan"/>: 80000, 80,000 and 8万 are the same.
/// </summary>
public static class MoneyText
{
    private static readonly CultureInfo Digits = CultureInfo.InvariantCulture;

    private static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal)
                                   || CultureInfo.CurrentUICulture.Equals(CultureInfo.InvariantCulture);

    /// <summary>The unit word for yuan in the reader's language: 元 / yuan.</summary>
    public static string YuanUnit => Chinese ? "元" : "yuan";

    /// <summary>The unit word for ten thousand yuan: 万元 / 10k yuan.</summary>
    public static string WanUnit => Chinese ? "万元" : "10k yuan";

    /// <summary>"600,000.00 元": an amount in a form or a record.</summary>
    public static string Yuan(decimal yuan) => $"{YuanNumber(yuan)} {YuanUnit}";

    /// <summary>"600,000.00": the figure alone, for a column whose header names the unit.</summary>
    public static string YuanNumber(decimal yuan) => Money.RoundToFen(yuan).ToString("#,##0.00", Digits);

    /// <summary>"60.5 万元": an amount in a notice, list or dashboard.</summary>
    public static string Wan(decimal yuan) => $"{WanNumber(yuan)} {WanUnit}";

    /// <summary>"1,234.567891": yuan in 万元 to at most six decimals (a fen is 0.000001 万元, so nothing is lost).</summary>
    public static string WanNumber(decimal yuan) => Money.ToWan(Money.RoundToFen(yuan)).ToString("#,##0.######", Digits);

    /// <summary>
    /// Reads an amount as people write it: digits with or without thousands separators (half- or full-width), an
    /// optional 元, or a figure in 万 / 万元 ("8万" is 80,000 yuan). Refuses blanks, negatives, letters and anything
    /// finer than a fen, so nothing is silently rounded.
    /// </summary>
    public static bool TryParseYuan(string? text, out decimal yuan)
    {
        yuan = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = Normalise(text);
        var multiplier = 1m;
        if (s.EndsWith("万元", StringComparison.Ordinal))
        {
            s = s[..^2];
            multiplier = Money.YuanPerWan;
        }
        else if (s.EndsWith('万'))
        {
            s = s[..^1];
            multiplier = Money.YuanPerWan;
        }
        else if (s.EndsWith('元'))
        {
            s = s[..^1];
        }

        if (s.Length == 0 || !WellGrouped(s)
            || !decimal.TryParse(s.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, Digits, out var figure))
        {
            return false;
        }

        try
        {
            var amount = figure * multiplier;
            if (!Money.IsWholeFen(amount))
            {
                return false;
            }

            yuan = amount;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    // Full-width digits and punctuation as typed with a Chinese input method; spaces anywhere.
    private static string Normalise(string text)
    {
        var chars = new List<char>(text.Length);
        foreach (var c in text.Trim())
        {
            var half = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '，' => ',',
                '．' or '。' => '.',
                _ => c,
            };
            if (!char.IsWhiteSpace(half))
            {
                chars.Add(half);
            }
        }

        return new string([.. chars]);
    }

    // "80,000" and "80000" but not "8,0000" or ",80": a separator groups exactly three digits.
    private static bool WellGrouped(string s)
    {
        var whole = s.Split('.')[0];
        if (!whole.Contains(',', StringComparison.Ordinal))
        {
            return true;
        }

        var groups = whole.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
