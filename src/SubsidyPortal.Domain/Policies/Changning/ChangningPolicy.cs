using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 长宁区鼓励科技创新的若干政策措施 (上海市长宁区科学技术委员会, 2024-03-04).
/// 第 16 条: "本实施办法自 2024 年 4 月 3 日起开始生效，有效期至 2026 年 12 月 31 日为止。" — encoded as
/// <see cref="Document"/>'s period; every clause inherits it, so the evaluator answers NoRuleInForce outside it.
/// 第 13 条 适用范围 — encoded as <see cref="Applicability"/>, the first condition of every clause.
/// 第 14 条 first sentence "同一单位不得因同一事项重复享受政策" — the evaluator's same-matter check
/// (<c>same-matter-once</c>, keyed by the facts' <c>matter</c>); second sentence "就高不重复" — the exclusivity
/// group constants below, one per kind of similar support.
/// 第 15 条 (区科委负责解释；上级政策调整以上级政策为准) confers interpretation, not support: no rule.
/// 第 6 条 last sentence "鼓励单位积极参与协同创新，申报各类相关资质和奖励" encourages without support: no rule.
/// Every clause is listed in <see cref="ChangningClauses.All"/>.
/// </summary>
public static class ChangningPolicy
{
    public const string Id = "changning-2024";

    public const string Committee = "长宁区科学技术委员会";

    public static readonly PolicyDocument Document = new(
        Id,
        "长宁区科委 2024 年 3 月 4 日印发",
        "长宁区鼓励科技创新的若干政策措施",
        Committee,
        EffectivePeriod.Through(new DateOnly(2024, 4, 3), new DateOnly(2026, 12, 31)));

    /// <summary>第 13 条 适用范围, shared by every clause: set up or operating in 长宁, operating normally, good credit.</summary>
    public static readonly Condition Applicability = new(
        "changning-13-applicability",
        "在长宁区依法设立或在长宁区依法开展生产经营活动、经营状态正常、信用记录良好（第 13 条）",
        "Established or operating in Changning, operating normally, with a good credit record (art. 13)",
        f => Condition.All(f.Flag("inChangning"), f.Flag("operatingNormally"), f.Flag("goodCredit")));

    public static readonly IReadOnlyList<FactDefinition> ApplicabilityInputs =
    [
        FactDefinition.Flag("inChangning", "在长宁区依法设立或开展生产经营活动", "Established or operating in Changning").OfEnterprise(FactSource.Profile),
        FactDefinition.Flag("operatingNormally", "经营状态正常", "Operating normally").OfEnterprise(),
        FactDefinition.Flag("goodCredit", "信用记录良好（近三年无严重失信）", "Good credit record (no serious dishonesty in three years)").OfEnterprise(FactSource.Profile),
    ];

    /// <summary>第 14 条: "如同时可享受本区其他同类政策，按照“就高不重复”的原则执行。"</summary>
    public const string HighTechAwardGroup = "changning-high-tech-award";

    /// <summary>第 14 条 就高不重复: 第 3 条 city Little Giant matching and district Little Giant support.</summary>
    public const string LittleGiantGroup = "changning-little-giant";

    /// <summary>第 14 条 就高不重复: 第 4 条 city innovation fund matching and district innovation fund support.</summary>
    public const string InnovationFundGroup = "changning-innovation-fund";

    /// <summary>
    /// 第 14 条 就高不重复: 第 12 条 performance awards to carriers — the high-quality incubator performance award
    /// matching and the district annual performance awards to university science parks, science parks, incubators
    /// and maker spaces (all reward a carrier's yearly performance evaluation).
    /// </summary>
    public const string CarrierPerformanceGroup = "changning-carrier-performance";
}
