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

            switch (ScoreProblem(criterion, entry.Score))
            {
                case ReviewErrorCodes.ScoreOutOfRange:
                    throw new DomainException(
                        ReviewErrorCodes.ScoreOutOfRange,
                        $"Criterion {criterion.Describe()}: the score {ReviewNumbers.Show(entry.Score)} is outside 0 to {ReviewNumbers.Show(criterion.MaxScore)}.");
                case ReviewErrorCodes.ScorePrecision:
                    throw new DomainException(
                        ReviewErrorCodes.ScorePrecision,
                        $"Criterion {criterion.Describe()}: the score {ReviewNumbers.Show(entry.Score)} has more than two decimal places.");
            }

            var comment = entry.Comment?.Trim();
            switch (CommentProblem(comment))
            {
                case ReviewErrorCodes.CommentRequired:
                    throw new DomainException(ReviewErrorCodes.CommentRequired, $"Criterion {criterion.Describe()} needs a comment explaining the score.");
                case ReviewErrorCodes.CommentTooLong:
                    throw new DomainException(
                        ReviewErrorCodes.CommentTooLong,
                        $"Criterion {criterion.Describe()}: the comment has {comment!.Length} characters; at most {CommentMaxLength} are allowed.");
            }

            checkedScores.Add(new CriterionScore(criterion.Code, entry.Score, comment));
            total += Share(criterion, entry.Score);
        }

        return new ExpertScoreSheet(rubric, checkedScores.AsReadOnly(), ReviewNumbers.RoundPoints(total));
    }

    /// <summary>
    /// The weighted total of the criteria scored so far, computed exactly as <see cref="Score"/> computes it: what a
    /// score form shows while the expert types. A criterion without a score, or with one <see cref="ScoreProblem"/>
    /// refuses, adds nothing.
    /// </summary>
    /// <param name="scores">Scores by the rubric's spelling of each criterion code.</param>
    public static decimal RunningTotal(ScoringRubric rubric, IReadOnlyDictionary<string, decimal> scores)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(scores);
        var total = 0m;
        foreach (var criterion in rubric.Criteria)
        {
            if (scores.TryGetValue(criterion.Code, out var score) && ScoreProblem(criterion, score) is null)
            {
                total += Share(criterion, score);
            }
        }

        return ReviewNumbers.RoundPoints(total);
    }

    /// <summary>What is wrong with one score for one criterion (<see cref="ReviewErrorCodes.ScoreOutOfRange"/> or
    /// <see cref="ReviewErrorCodes.ScorePrecision"/>), or null: the check <see cref="Score"/> makes, for one field.</summary>
    public static string? ScoreProblem(ScoringCriterion criterion, decimal score)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        if (score < 0 || score > criterion.MaxScore)
        {
            return ReviewErrorCodes.ScoreOutOfRange;
        }

        return ReviewNumbers.HasAtMostTwoDecimals(score) ? null : ReviewErrorCodes.ScorePrecision;
    }

    /// <summary>What is wrong with one comment (<see cref="ReviewErrorCodes.CommentRequired"/> or
    /// <see cref="ReviewErrorCodes.CommentTooLong"/>), or null: the check <see cref="Score"/> makes, for one field.</summary>
    public static string? CommentProblem(string? comment)
    {
        var trimmed = comment?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return ReviewErrorCodes.CommentRequired;
        }

        return trimmed.Length > CommentMaxLength ? ReviewErrorCodes.CommentTooLong : null;
    }

    // Multiplying before dividing keeps the share exact whenever it can be; what division leaves is removed by
    // ReviewNumbers.RoundPoints, so 0.745 rounds to 0.75 even when a maximum of 3 makes it non-terminating.
    private static decimal Share(ScoringCriterion criterion, decimal score) => score * criterion.Weight / criterion.MaxScore;
}
