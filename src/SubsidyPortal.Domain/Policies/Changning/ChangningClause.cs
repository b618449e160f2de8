using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// What every Changning clause shares: the policy document (its period is 第 16 条), the accepting department,
/// the 第 13 条 applicability condition and its inputs placed first, and helpers for the amount shapes the text uses.
/// </summary>
public abstract class ChangningClause : Clause
{

    public override PolicyDocument Policy => ChangningPolicy.Document;

    public override string AcceptingDepartment => ChangningPolicy.Committee;

    /// <summary>The clause's own inputs; the 第 13 条 inputs are added in front of them.</summary>
    protected abstract IReadOnlyList<FactDefinition> OwnInputs { get; }

    /// <summary>The clause's own conditions; the 第 13 条 applicability condition is added in front of them.</summary>
    protected abstract IReadOnlyList<Condition> OwnConditions { get; }

    public override IReadOnlyList<FactDefinition> Inputs => [.. ChangningPolicy.ApplicabilityInputs, .. OwnInputs];

    public override IReadOnlyList<Condition> Conditions => [ChangningPolicy.Applicability, .. OwnConditions];

    /// <summary>
    /// The fact holding an amount the text leaves entirely to the committee (no figure, no cap, no matching); one key per
    /// clause, since the amount decided for one matter says nothing about another.
    /// </summary>
    public virtual string? DecidedAmountKey => null;

    protected FactDefinition CommitteeDecidedAmountInput =>
        FactDefinition.Money(DecidedAmountKey!, "区科委根据绩效评估结果确定的金额", "Amount the committee decides from the performance evaluation")
            .From(FactSource.CommitteeList);

    protected Parameter Param(string name, decimal value, string unit = "元") => new(name, value, unit, Citation, Policy.Period);

    /// <summary>A money input strictly above zero (a matched grant or an approved cost that exists at all).</summary>
    protected static Condition Positive(string inputKey, string code, string zh, string en)
    {
        var key = FactKey.Of(inputKey);
        return new(code, zh, en, f => f.Money(key) is { } v ? v > 0m : null);
    }

    /// <summary>
    /// 给予匹配资金支持 / 配套支持 with no figure or ratio: interpretation — the matched city-level grant is the
    /// natural upper bound, the committee decides the amount under it from its yearly budget and the review.
    /// </summary>
    protected AmountResult? MatchingCeiling(Facts facts, string grantKey, string matchedZh) =>
        facts.Money(grantKey) is { } grant
            ? AmountCalculation.Of(AmountKind.Ceiling)
                .Base($"条款未规定金额上限：由区科委按年度预算和评审结果确定；以{matchedZh}为匹配上限（解释）", grant, Citation)
                .Round()
            : null;

    /// <summary>
    /// The text gives neither a figure, a cap nor a grant to match ("给予一定资金支持", "给予保费支持"): the committee
    /// decides the amount and the portal takes it as an input rather than inventing a number.
    /// </summary>
    protected AmountResult? CommitteeDecided(Facts facts, string descriptionZh) =>
        facts.Money(DecidedAmountKey!) is { } decided
            ? AmountCalculation.Of(AmountKind.Fixed).Base(descriptionZh, decided, Citation).Round()
            : null;
}
