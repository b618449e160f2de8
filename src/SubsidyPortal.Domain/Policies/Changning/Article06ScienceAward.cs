using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 6 条 first sentence: "对获得国家级、市级科学技术奖励的单位，给予匹配资金支持。" Kept in its own file so the worked
/// example (Article06HighTechEnterprise.cs) stays untouched. No figure or ratio: a ceiling equal to the award's
/// prize money (interpretation of 匹配).
/// </summary>
public sealed class Article06ScienceAwardMatching : ChangningClause
{
    public const string PrizeKey = "scienceAwardPrizeAmount";

    public override string Id => "changning-2024/6-science-award-matching";

    public override string Article => "第 6 条";

    public override string TitleZh => "国家级、市级科学技术奖励匹配支持";

    public override string Quote => "对获得国家级、市级科学技术奖励的单位，给予匹配资金支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["营业执照复印件（加盖公章）", "国家级或市级科学技术奖励证书复印件（加盖公章）", "奖金到账凭证复印件（加盖公章）"];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("nationalOrCityScienceAward", "获得国家级或市级科学技术奖励", "Received a national or Shanghai science and technology award"),
        FactDefinition.Money(PrizeKey, "国家级、市级科学技术奖励奖金金额", "Prize money of the national or city award"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("nationalOrCityScienceAward", "changning-6-science-award", "获得国家级或市级科学技术奖励", "Received a national or Shanghai science and technology award"),
        Positive(PrizeKey, "changning-6-prize-positive", "奖励金额大于零（匹配的前提）", "The award's prize money is above zero (there is something to match)"),
    ];

    public override AmountResult? Amount(Facts facts) => MatchingCeiling(facts, PrizeKey, "国家级、市级科学技术奖励奖金金额");
}
