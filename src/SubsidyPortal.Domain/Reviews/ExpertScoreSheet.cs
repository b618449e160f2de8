using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>What one expert enters for one criterion: the score and the comment that justifies it (评分意见).</summary>
/// <param name="CriterionCode">The <see cref="ScoringCriterion.Code"/> scored (case and surrounding spaces are ignored).</param>
/// <param name="Score">0 to the criterion's maximum, at most two decimal places.</param>
/// <param name="Comment">Required; at most <see cref="ExpertScoreSheet.CommentMaxLength"/> characters.</param>
public sealed record CriterionScore(string CriterionCode, decimal Score, string? Comment);

/// <summary>
/// 专家评分表: one expert's complete, validated scores for one application under a rubric, and the weighted total
/// they yield. Pure: it neither knows nor stores who the expert is or which application was scored.
/// </summary>
public sealed class ExpertScoreSheet
{
    public const int CommentMaxLength = 2000;

    /// <summary>The highest weighted total; totals are on a 0–100 scale.</summary>
    public const decimal MaxTotal = 100m;

    private ExpertScoreSheet(ScoringRubric rubric, IReadOnlyList<CriterionScore> scores, decimal weightedTotal)
    {
        Rubric = rubric;
        Scores = scores;
        WeightedTotal = weightedTotal;
    }

    public ScoringRubric Rubric { get; }

    /// <summary>One entry per criterion, in the rubric's order, with the rubric's spelling of the code and the comment trimmed.</summary>
    public IReadOnlyList<CriterionScore> Scores { get; }

    /// <summary>
    /// Σ score / MaxScore × Weight over the criteria, on a 0–100 scale, rounded half away from zero to two decimals
    /// once, after summing (the criteria's shares are not rounded one by one).
    /// </summary>
    public decimal WeightedTotal { get; }

    /// <summary>
    /// Checks one expert's scores against the rubric and computes the weighted total. Errors are reported for the
    /// first problem found: unknown or twice-scored codes first, then each criterion in rubric order.
    /// </summary>
    /// <exception cref="DomainException">
    /// <see cref="ReviewErrorCodes.CriterionUnknown"/>, <see cref="ReviewErrorCodes.CriterionScoredTwice"/>,
    /// <see cref="ReviewErrorCodes.CriterionMissing"/>, <see cref="ReviewErrorCodes.ScoreOutOfRange"/>,
    /// <see cref="ReviewErrorCodes.ScorePrecision"/>, <see cref="ReviewErrorCodes.CommentRequired"/>,
    /// <see cref="ReviewErrorCodes.CommentTooLong"/>; each message names the criterion.
    /// </exception>
    public static ExpertScoreSheet Score(ScoringRubric rubric, IEnumerable<CriterionScore> scores)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(scores);

        var byCriterion = new Dictionary<ScoringCriterion, CriterionScore>(ReferenceEqualityComparer.Instance);
        foreach (var entry in scores)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(scores));
            var criterion = rubric.Find(entry.CriterionCode)
                ?? throw new DomainException(ReviewErrorCodes.CriterionUnknown, $"Criterion '{entry.CriterionCode}' is not in the rubric.");
            if (!byCriterion.TryAdd(criterion, entry))
            {
                throw new DomainException(ReviewErrorCodes.CriterionScoredTwice, $"Criterion {criterion.Describe()} is scored more than once.");
            }
        }

        var checkedScores = new List<CriterionScore>(rubric.Criteria.Count);
        var total = 0m;
        foreach (var criterion in rubric.Criteria)
        {
            if (!byCriterion.TryGetValue(criterion, out var entry))
            {
                throw new DomainException(ReviewErrorCodes.CriterionMissing, $"Criterion {criterion.Describe()} has no score.");
            }

            if (entry.Score < 0 || entry.Score > criterion.MaxScore)
            {
                throw new DomainException(
                    ReviewErrorCodes.ScoreOutOfRange,
                    $"Criterion {criterion.Describe()}: the score {ReviewNumbers.Show(entry.Score)} is outside 0 to {ReviewNumbers.Show(criterion.MaxScore)}.");
            }

            if (!ReviewNumbers.HasAtMostTwoDecimals(entry.Score))
            {
                throw new DomainException(
                    ReviewErrorCodes.ScorePrecision,
                    $"Criterion {criterion.Describe()}: the score {ReviewNumbers.Show(entry.Score)} has more than two decimal places.");
            }

            var comment = entry.Comment?.Trim();
            if (string.IsNullOrEmpty(comment))
            {
                throw new DomainException(ReviewErrorCodes.CommentRequired, $"Criterion {criterion.Describe()} needs a comment explaining the score.");
            }

            if (comment.Length > CommentMaxLength)
            {
                throw new DomainException(
                    ReviewErrorCodes.CommentTooLong,
                    $"Criterion {criterion.Describe()}: the comment has {comment.Length} characters; at most {CommentMaxLength} are allowed.");
            }

            checkedScores.Add(new CriterionScore(criterion.Code, entry.Score, comment));

            // Multiplying before dividing keeps the share exact whenever it can be; what division leaves is removed
            // by ReviewNumbers.RoundPoints, so 0.745 rounds to 0.75 even when a maximum of 3 makes it non-terminating.
            total += entry.Score * criterion.Weight / criterion.MaxScore;
        }

        return new ExpertScoreSheet(rubric, checkedScores.AsReadOnly(), ReviewNumbers.RoundPoints(total));
    }
}
