using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>
/// 评分指标: one line of a rubric. An expert scores it from 0 to <see cref="MaxScore"/>; it contributes
/// score / MaxScore × <see cref="Weight"/> points to the expert's 0–100 total.
/// </summary>
public sealed class ScoringCriterion
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 100;

    /// <param name="code">Stable key the score sheet refers to (trimmed; compared ignoring case).</param>
    /// <param name="nameZh">Name shown to experts, e.g. 技术创新性.</param>
    /// <param name="nameEn">English name shown when the UI is in English.</param>
    /// <param name="weight">Share of the 100-point total, as a percentage (30 means 30 %); must be &gt; 0.</param>
    /// <param name="maxScore">Highest score an expert may give on this line; must be &gt; 0.</param>
    /// <exception cref="DomainException">
    /// <see cref="ReviewErrorCodes.CriterionCodeRequired"/>, <see cref="ReviewErrorCodes.CriterionNameRequired"/>,
    /// <see cref="ReviewErrorCodes.WeightNotPositive"/>, <see cref="ReviewErrorCodes.MaxScoreNotPositive"/>.
    /// </exception>
    public ScoringCriterion(string code, string nameZh, string nameEn, decimal weight, decimal maxScore)
    {
        Code = Guard.Required(code, ReviewErrorCodes.CriterionCodeRequired, CodeMaxLength);
        NameZh = Guard.Required(nameZh, ReviewErrorCodes.CriterionNameRequired, NameMaxLength);
        NameEn = Guard.Required(nameEn, ReviewErrorCodes.CriterionNameRequired, NameMaxLength);
        if (weight <= 0)
        {
            throw new DomainException(ReviewErrorCodes.WeightNotPositive, $"Criterion {Describe()}: the weight {ReviewNumbers.Show(weight)} must be above zero.");
        }

        if (maxScore <= 0)
        {
            throw new DomainException(ReviewErrorCodes.MaxScoreNotPositive, $"Criterion {Describe()}: the maximum score {ReviewNumbers.Show(maxScore)} must be above zero.");
        }

        Weight = weight;
        MaxScore = maxScore;
    }

    public string Code { get; }

    public string NameZh { get; }

    public string NameEn { get; }

    /// <summary>Percentage of the total (all weights of a rubric add up to 100).</summary>
    public decimal Weight { get; }

    public decimal MaxScore { get; }

    /// <summary>How messages name the criterion: <c>innovation (技术创新性)</c>.</summary>
    internal string Describe() => $"{Code} ({NameZh})";
}

/// <summary>
/// 评分细则: the criteria every expert scores for one call. Criteria keep the order given (the order experts see);
/// codes are unique ignoring case, weights are positive and add up to exactly 100.
/// </summary>
public sealed class ScoringRubric
{
    /// <summary>The weights of a rubric add up to exactly this many percent.</summary>
    public const decimal TotalWeight = 100m;

    private readonly Dictionary<string, ScoringCriterion> _byCode;

    /// <exception cref="DomainException">
    /// <see cref="ReviewErrorCodes.RubricEmpty"/>, <see cref="ReviewErrorCodes.CriterionCodeDuplicate"/>,
    /// <see cref="ReviewErrorCodes.WeightsNotHundred"/>.
    /// </exception>
    public ScoringRubric(IEnumerable<ScoringCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var list = criteria.ToList();
        if (list.Count == 0)
        {
            throw new DomainException(ReviewErrorCodes.RubricEmpty, "A rubric needs at least one criterion.");
        }

        _byCode = new Dictionary<string, ScoringCriterion>(StringComparer.OrdinalIgnoreCase);
        foreach (var criterion in list)
        {
            ArgumentNullException.ThrowIfNull(criterion, nameof(criteria));
            if (!_byCode.TryAdd(criterion.Code, criterion))
            {
                throw new DomainException(ReviewErrorCodes.CriterionCodeDuplicate, $"Criterion code '{criterion.Code}' appears more than once in the rubric.");
            }
        }

        var sum = list.Sum(c => c.Weight);
        if (sum != TotalWeight)
        {
            throw new DomainException(ReviewErrorCodes.WeightsNotHundred, $"The criteria's weights add up to {ReviewNumbers.Show(sum)}, not {ReviewNumbers.Show(TotalWeight)}.");
        }

        Criteria = list.AsReadOnly();
    }

    /// <summary>The criteria in the order experts see them.</summary>
    public IReadOnlyList<ScoringCriterion> Criteria { get; }

    /// <summary>The criterion with this code (ignoring case and surrounding spaces), or null.</summary>
    public ScoringCriterion? Find(string code) =>
        code is not null && _byCode.TryGetValue(code.Trim(), out var criterion) ? criterion : null;

    /// <summary>
    /// A demo default only: the committee sets the rubric (criteria, weights, maximum scores) for each call in its
    /// 申报通知; nothing in the policy texts fixes these four lines or their weights.
    /// </summary>
    public static ScoringRubric Standard() => new(
    [
        new ScoringCriterion("innovation", "技术创新性", "Technological innovation", 30m, 100m),
        new ScoringCriterion("benefit", "经济社会效益", "Economic and social benefit", 30m, 100m),
        new ScoringCriterion("capability", "实施基础与能力", "Implementation basis and capability", 20m, 100m),
        new ScoringCriterion("management", "财务与管理规范", "Financial and management compliance", 20m, 100m),
    ]);
}
