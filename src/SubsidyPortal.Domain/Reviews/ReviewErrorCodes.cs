namespace SubsidyPortal.Domain.Reviews;

/// <summary>
/// The stable <see cref="Common.DomainException.Code"/>s that expert review (专家评审) and ranking (择优) raise.
/// The UI translates these codes; the exception message is English for logs and names the criterion,
/// expert count or figures involved. Codes never change once released: add new ones instead.
/// </summary>
public static class ReviewErrorCodes
{
    // Rubric (评分细则)
    public const string RubricEmpty = "review.rubric-empty";
    public const string CriterionCodeRequired = "review.criterion-code-required";
    public const string CriterionNameRequired = "review.criterion-name-required";
    public const string CriterionCodeDuplicate = "review.criterion-code-duplicate";
    public const string WeightNotPositive = "review.weight-not-positive";
    public const string WeightsNotHundred = "review.weights-not-100";
    public const string MaxScoreNotPositive = "review.max-score-not-positive";

    // One expert's score sheet (专家评分表)
    public const string CriterionMissing = "review.criterion-missing";
    public const string CriterionUnknown = "review.criterion-unknown";
    public const string CriterionScoredTwice = "review.criterion-scored-twice";
    public const string ScoreOutOfRange = "review.score-out-of-range";
    public const string ScorePrecision = "review.score-precision";
    public const string CommentRequired = "review.comment-required";
    public const string CommentTooLong = "review.comment-too-long";

    // Aggregation of several experts' totals
    public const string TotalOutOfRange = "review.total-out-of-range";
    public const string TotalPrecision = "review.total-precision";
    public const string SpreadThresholdInvalid = "review.spread-threshold-invalid";

    // Drawing experts (专家抽取)
    public const string DrawCountInvalid = "review.draw-count-invalid";
    public const string SpecialtyRequired = "review.specialty-required";
    public const string ExpertIdRequired = "review.expert-id-required";
    public const string ExpertNameRequired = "review.expert-name-required";
    public const string ExpertOrganisationRequired = "review.expert-organisation-required";
    public const string ExpertDuplicate = "review.expert-duplicate";
    public const string ApplicantOrganisationRequired = "review.applicant-organisation-required";
    public const string NotEnoughExperts = "review.not-enough-experts";

    // Approved amounts and ranking within the budget (择优)
    public const string AmountNotPositive = "review.amount-not-positive";
    public const string AmountPrecision = "review.amount-precision";
    public const string AmountAboveCeiling = "review.amount-above-ceiling";
    public const string AmountAboveFixed = "review.amount-above-fixed";
    public const string RuleAmountInvalid = "review.rule-amount-invalid";
    public const string BudgetInvalid = "review.budget-invalid";
    public const string ApplicationIdRequired = "review.application-id-required";
    public const string ApplicationNameRequired = "review.application-name-required";
    public const string ApplicationDuplicate = "review.application-duplicate";

    public const string PercentOutOfRange = "review.percent-out-of-range";

    public const string ScenarioFundsNothing = "review.scenario-funds-nothing";
}
