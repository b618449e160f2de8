using System.Globalization;
using System.Text;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Entitlements;

/// <summary>One thing a column of an imported list can be mapped to.</summary>
public sealed record MappingTarget(string Key, string LabelZh, string LabelEn, bool Required, FactDefinition? Input)
{
    public string Label(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? LabelEn : LabelZh;
}

/// <summary>
/// Which columns of a 免申即享 list say what: the USCC (required), the enterprise's name (shown for checking), the
/// committee's amount (for clauses that only set a ceiling) and each of the clause's inputs. Pure: no database.
/// </summary>
public static class EntitlementMapping
{
    public const string Uscc = "uscc";
    public const string Name = "name";
    public const string Amount = "amount";
    public const string InputPrefix = "input:";

    public static IReadOnlyList<MappingTarget> TargetsFor(Clause clause) =>
    [
        new(Uscc, "统一社会信用代码", "Unified social credit code", true, null),
        new(Name, "企业名称（仅供核对）", "Enterprise name (for checking only)", false, null),
        new(Amount, "核定金额（元，仅用于“最高不超过”类条款）", "Amount decided (yuan; only for clauses that set a ceiling)", false, null),
        .. clause.Inputs.Select(i => new MappingTarget(InputPrefix + i.Key, i.LabelZh, i.LabelEn, false, i)),
    ];

    /// <summary>A first guess per target from the header text (exact label or key, then the closest wording).</summary>
    public static Dictionary<string, int> Suggest(Clause clause, IReadOnlyList<string> headers)
    {
        var suggestion = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new HashSet<int>();
        var normalised = headers.Select(Normalise).ToList();

        void Take(string target, int column)
        {
            suggestion[target] = column;
            taken.Add(column);
        }

        int? Find(Func<string, bool> test)
        {
            for (var i = 0; i < normalised.Count; i++)
            {
                if (!taken.Contains(i) && normalised[i].Length > 0 && test(normalised[i]))
                {
                    return i;
                }
            }

            return null;
        }

        if (Find(h => h.Contains("信用代码", StringComparison.Ordinal) || h.Contains("uscc", StringComparison.Ordinal) || h.Contains("creditcode", StringComparison.Ordinal)) is { } uscc)
        {
            Take(Uscc, uscc);
        }

        if (Find(h => h is "企业名称" or "单位名称" or "名称" or "企业" or "单位" or "name" or "enterprise" || h.EndsWith("名称", StringComparison.Ordinal)) is { } name)
        {
            Take(Name, name);
        }

        if (Find(h => h.Contains("核定", StringComparison.Ordinal) || h.Contains("拟支持", StringComparison.Ordinal) || h.Contains("区级支持金额", StringComparison.Ordinal) || h == "amount") is { } amount)
        {
            Take(Amount, amount);
        }

        // Inputs: exact label or key first (or the label's last words, as a list heads "国家或市级部门资助金额" what the
        // clause's form calls "本事项（…）获得的国家或市级部门资助金额"), then the best wording above a threshold, so two
        // similar labels do not swap.
        var inputs = TargetsFor(clause).Where(t => t.Input is not null).ToList();
        foreach (var target in inputs)
        {
            var label = Normalise(target.LabelZh);
            var key = target.Input!.Key.ToLowerInvariant();
            if (Find(h => h == label || h == key || h == Normalise(target.LabelEn) || (h.Length >= 6 && label.EndsWith(h, StringComparison.Ordinal))) is { } exact)
            {
                Take(target.Key, exact);
            }
        }

        foreach (var target in inputs.Where(t => !suggestion.ContainsKey(t.Key)))
        {
            var label = Normalise(target.LabelZh);
            var best = -1;
            var bestScore = 0.45;
            for (var i = 0; i < normalised.Count; i++)
            {
                if (taken.Contains(i) || normalised[i].Length == 0)
                {
                    continue;
                }

                var score = Similarity(normalised[i], label);
                if (score > bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }

            if (best >= 0)
            {
                Take(target.Key, best);
            }
        }

        return suggestion;
    }

    /// <summary>Checks a mapping against the file's headers; errors are keyed by target and in the user's language.</summary>
    public static IReadOnlyList<FieldError> Validate(Clause clause, IReadOnlyList<string> headers, IReadOnlyDictionary<string, int> mapping)
    {
        var errors = new List<FieldError>();
        var targets = TargetsFor(clause).ToDictionary(t => t.Key, StringComparer.Ordinal);
        foreach (var (target, column) in mapping)
        {
            if (!targets.ContainsKey(target))
            {
                errors.Add(new FieldError(target, ValidationText.Get("entitlement.mapping-unknown-target")));
            }
            else if (column < 0 || column >= headers.Count)
            {
                errors.Add(new FieldError(target, ValidationText.Get("entitlement.mapping-no-such-column")));
            }
        }

        if (!mapping.ContainsKey(Uscc))
        {
            errors.Add(new FieldError(Uscc, ValidationText.Get("entitlement.mapping-uscc-required")));
        }

        foreach (var group in mapping.Where(m => targets.ContainsKey(m.Key)).GroupBy(m => m.Value).Where(g => g.Count() > 1))
        {
            foreach (var (target, _) in group.Skip(1))
            {
                errors.Add(new FieldError(target, ValidationText.Get("entitlement.mapping-column-twice", headers.ElementAtOrDefault(group.Key) ?? "?")));
            }
        }

        return errors;
    }

    /// <summary>
    /// Reads one cell for an input: the spellings a committee's spreadsheet uses (是/否, 1,200,000.00 元, 2026/3/1,
    /// Excel serial dates) are brought to the form <see cref="ProfileFacts.TryParse"/> reads, then parsed by it.
    /// An empty cell is "not given" (false, no error).
    /// </summary>
    public static bool TryRead(FactDefinition input, string? cell, out object? value, out string? error)
    {
        value = null;
        error = null;
        var text = cell?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var canonical = input.Type switch
        {
            InputType.Boolean => Flag(text),
            InputType.Money => Number(text),
            InputType.Count or InputType.Integer => Whole(Number(text)),
            InputType.Date => DateText(text),
            _ => text,
        };
        if (input.Type == InputType.Boolean && canonical is null)
        {
            error = ValidationText.Get("entitlement.value-not-yes-no");
            return false;
        }

        return ProfileFacts.TryParse(input, canonical ?? text, out value, out error);
    }

    /// <summary>The committee's amount for a ceiling clause: yuan, to the fen, above zero.</summary>
    public static bool TryReadAmount(string? cell, out decimal amount)
    {
        amount = 0m;
        var text = Number(cell?.Trim() ?? string.Empty);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
               && amount > 0m && Domain.Common.Money.IsWholeFen(amount);
    }

    private static string? Flag(string text) => text.ToLowerInvariant() switch
    {
        "是" or "true" or "yes" or "y" or "1" or "√" or "✓" or "有" or "符合" => "true",
        "否" or "false" or "no" or "n" or "0" or "×" or "无" or "不符合" => "false",
        _ => null,
    };

    private static string Number(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is ',' or '，' or ' ' or '\u00a0' or '¥' or '￥' or '元')
            {
                continue;
            }

            builder.Append(ch);
        }

        var stripped = builder.ToString();
        // Excel writes some numbers in exponent form (1.2E+6); bring them to plain digits.
        if (stripped.Contains('E', StringComparison.OrdinalIgnoreCase)
            && decimal.TryParse(stripped, NumberStyles.Float, CultureInfo.InvariantCulture, out var exp))
        {
            return exp.ToString(CultureInfo.InvariantCulture);
        }

        return stripped;
    }

    private static string Whole(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d)
            ? decimal.Truncate(d).ToString(CultureInfo.InvariantCulture)
            : text;

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    private static string DateText(string text)
    {
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        // A bare number is an Excel serial date (days since 1899-12-30 on the 1900 system).
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>Lower case, no spaces, no brackets or their contents' units (（元）), no punctuation.</summary>
    public static string Normalise(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var ch in header.Trim().ToLowerInvariant())
        {
            if (char.IsWhiteSpace(ch) || char.IsPunctuation(ch) || char.IsSymbol(ch))
            {
                continue;
            }

            builder.Append(ch);
        }

        return builder.ToString().Replace("元", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Dice coefficient over character bigrams: 1 for the same text, 0 for nothing in common.</summary>
    private static double Similarity(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return a == b ? 1 : 0;
        }

        var bigrams = new Dictionary<(char, char), int>();
        for (var i = 0; i < a.Length - 1; i++)
        {
            bigrams[(a[i], a[i + 1])] = bigrams.GetValueOrDefault((a[i], a[i + 1])) + 1;
        }

        var common = 0;
        for (var i = 0; i < b.Length - 1; i++)
        {
            if (bigrams.TryGetValue((b[i], b[i + 1]), out var n) && n > 0)
            {
                bigrams[(b[i], b[i + 1])] = n - 1;
                common++;
            }
        }

        return 2.0 * common / (a.Length - 1 + b.Length - 1);
    }
}
