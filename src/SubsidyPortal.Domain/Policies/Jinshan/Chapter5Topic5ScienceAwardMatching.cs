using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持创新主体培育实施细则 专题五 (免申即享): 100 % of the city's support, city and district together at most 100 万.
/// The district pays min(city support, 100 万 − city support).
/// </summary>
public sealed class Chapter5Topic5ScienceAwardMatching : JinshanClause
{
    public const decimal CombinedCeilingYuan = 1_000_000m;

    public override string Id => "jinshan-2025/5-5-science-award-matching";

    public override string CityGrantKey => "cityScienceAwardGrant";

    public override string Article => "关于支持创新主体培育实施细则 专题五";

    public override string TitleZh => "国家级、市级科学技术奖励配套";

    public override string Quote => "3.支持标准：按照市级扶持资金 100%配套，市、区两级给予最高 100 万元资金支持。";

    public override ClaimMethod Claim => ClaimMethod.AutomaticEntitlement;

    public override IReadOnlyList<string> RequiredMaterials => ["免申即享：无需申报材料，依据获奖与市级扶持数据核定"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        FactDefinition.Flag("recommendedScienceAwardWinner", "由金山区推荐并获得国家级、市级科学技术奖励的企业", "Enterprise recommended by Jinshan that won a state or city S&T award")
            // 由金山区推荐: Jinshan's own recommendation list, which is why the clause is 免申即享.
            .From(FactSource.CommitteeList),
        CityGrantInput,
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        Condition.Requires("recommendedScienceAwardWinner", "jinshan-5-5-award", "由金山区推荐并获得国家级、市级科学技术奖励", "Won a state or city S&T award on Jinshan's recommendation"),
        CityGrantPositive("jinshan-5-5-grant"),
        CityGrantBelow(CombinedCeilingYuan, "jinshan-5-5-room-left", "市级扶持资金低于市、区两级合计上限 100 万元", "The city support is below the combined 1 million yuan ceiling"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("matchingRate", 1m, "比例"), Param("combinedCeiling", CombinedCeilingYuan)];

    public override AmountResult? Amount(Facts facts) =>
        Matching(facts, 1m, "按照市级扶持资金 100%配套", combinedCeiling: CombinedCeilingYuan);
}
