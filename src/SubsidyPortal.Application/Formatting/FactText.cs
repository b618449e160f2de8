using System.Globalization;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Formatting;

/// <summary>A fact's value as people read it, from the invariant text the portal stores: 600,000.00 元, 是, 3 项,
/// 2026-01-31. Never the stored text itself (true, 600000.00).</summary>
public static class FactText
{
    private static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal)
                                   || CultureInfo.CurrentUICulture.Equals(CultureInfo.InvariantCulture);

    public static string Format(FactDefinition input, string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return Chinese ? "未填写" : "not answered";
        }

        return input.Type switch
        {
            InputType.Boolean => stored == "true" ? (Chinese ? "是" : "Yes") : stored == "false" ? (Chinese ? "否" : "No") : stored,
            InputType.Choice when input.Option(stored) is { } option => OptionLabel(option),
            InputType.Money when decimal.TryParse(stored, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var yuan) => MoneyText.Yuan(yuan),
            InputType.Count or InputType.Integer when long.TryParse(stored, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) =>
                string.IsNullOrEmpty(input.Unit) ? n.ToString(CultureInfo.InvariantCulture) : $"{n.ToString(CultureInfo.InvariantCulture)} {input.Unit}",
            _ => stored,
        };
    }

    /// <summary>What a stored answer looks like in its form field (money as 80,000.00; others as stored).</summary>
    public static string? ForEditing(FactDefinition input, string? stored) =>
        input.Type == InputType.Money && decimal.TryParse(stored, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            ? MoneyText.YuanNumber(yuan)
            : stored;

    /// <summary>An option of a choice in the reader's language.</summary>
    public static string OptionLabel(FactOption option) => Chinese ? option.LabelZh : option.LabelEn;

    /// <summary>The label in the reader's language.</summary>
    public static string Label(FactDefinition input) => Chinese || string.IsNullOrEmpty(input.LabelEn) ? input.LabelZh : input.LabelEn;
}
