using System.Globalization;
using System.Text;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.Application.Reviews;

/// <summary>
/// A score form's fields, read and checked one at a time so each problem is said beside its field, in the user's
/// language. The checks are the score sheet's own (<see cref="ExpertScoreSheet.ScoreProblem"/>,
/// <see cref="ExpertScoreSheet.CommentProblem"/>); this class only reads what was typed and words the answer.
/// </summary>
public static class ScoreEntries
{
    public static string ScoreField(string criterionCode) => "Score-" + criterionCode;

    public static string CommentField(string criterionCode) => "Comment-" + criterionCode;

    /// <summary>A score or maximum as people write it: 85, 85.5, 85.25.</summary>
    public static string Show(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a typed score strictly: digits with at most one decimal point and an optional minus sign (so a negative
    /// is refused as out of range, not as unreadable); full-width digits are read as digits. Nothing else: no unit,
    /// no separators, no exponent, no blank.
    /// </summary>
    public static bool TryRead(string? text, out decimal score)
    {
        score = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            plain.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '－' => '-',
                _ => c,
            });
        }

        var s = plain.ToString();
        var digits = s.StartsWith('-') ? s[1..] : s;
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "0" : digits[(point + 1)..];
        return whole.Length is > 0 and <= 6 && fraction.Length is > 0 and <= 10
               && whole.All(char.IsAsciiDigit) && fraction.All(char.IsAsciiDigit)
               && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out score);
    }

    /// <summary>The problem with a typed score for this criterion, in the user's language, or null (then
    /// <paramref name="score"/> holds it).</summary>
    public static string? ScoreError(ScoringCriterion criterion, string? text, out decimal score)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var max = Show(criterion.MaxScore);
        if (string.IsNullOrWhiteSpace(text))
        {
            score = 0m;
            return ValidationText.Get("review.score-required", max);
        }

        if (!TryRead(text, out score))
        {
            return ValidationText.Get("review.score-not-a-number", max);
        }

        return ExpertScoreSheet.ScoreProblem(criterion, score) switch
        {
            null => null,
            ReviewErrorCodes.ScoreOutOfRange => ValidationText.Get("review.score-above-maximum", max),
            var code => ValidationText.Get(code),
        };
    }

    /// <summary>The problem with a comment, in the user's language, or null.</summary>
    public static string? CommentError(string? comment) =>
        ExpertScoreSheet.CommentProblem(comment) is { } code ? ValidationText.Get(code) : null;

    /// <summary>Every field's problem, in rubric order; with none, <paramref name="scores"/> holds the sheet to submit.</summary>
    public static IReadOnlyList<FieldError> Check(ScoringRubric rubric, IReadOnlyList<ScoreEntry> entries, out IReadOnlyList<CriterionScore> scores)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(entries);
        var errors = new List<FieldError>();
        var read = new List<CriterionScore>();
        foreach (var criterion in rubric.Criteria)
        {
            var entry = entries.FirstOrDefault(e => rubric.Find(e.CriterionCode) == criterion);
            if (ScoreError(criterion, entry?.Score, out var score) is { } scoreError)
            {
                errors.Add(new FieldError(ScoreField(criterion.Code), scoreError));
            }

            if (CommentError(entry?.Comment) is { } commentError)
            {
                errors.Add(new FieldError(CommentField(criterion.Code), commentError));
            }

            read.Add(new CriterionScore(criterion.Code, score, entry?.Comment));
        }

        scores = errors.Count == 0 ? read : [];
        return errors;
    }
}
