using System.Globalization;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.Application.Committee;

/// <summary>
/// 评分细则 as staff type it: one "名称,权重,满分" line per criterion (e.g. "技术创新性,30,100"). The one reader of that
/// text, used by the form's field check and by opening the call, so both say the same; the rubric's own rules
/// (weights above zero and summing to 100, names given) are <see cref="ScoringRubric"/>'s.
/// </summary>
public static class RubricLines
{
    public const string LineInvalidCode = "call.rubric-line-invalid";

    /// <summary>The rubric's lines as text, e.g. the standard rubric offered on a new call.</summary>
    public static string Format(ScoringRubric rubric) => string.Join('\n', rubric.Criteria.Select(c =>
        string.Create(CultureInfo.InvariantCulture, $"{c.NameZh},{c.Weight:0.##},{c.MaxScore:0.##}")));

    /// <summary>Reads the lines into a rubric.</summary>
    /// <exception cref="DomainException"><see cref="LineInvalidCode"/> for a line that is not 名称,权重,满分, and the
    /// codes of <see cref="ScoringRubric"/> and <see cref="ScoringCriterion"/>.</exception>
    public static ScoringRubric Parse(string? text)
    {
        var criteria = new List<ScoringCriterion>();
        var lines = (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Replace('，', ',').Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 3
                || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var weight)
                || !decimal.TryParse(parts[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var max))
            {
                throw new DomainException(LineInvalidCode, $"Line {i + 1} is not 名称,权重,满分.");
            }

            criteria.Add(new ScoringCriterion($"c{i + 1}", parts[0], parts[0], weight, max));
        }

        return new ScoringRubric(criteria);
    }
}
