using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持创新主体培育实施细则 专题三 (免申即享): 100 % of the city grant, with city and district together at most 300 万
/// (专题 title: "市、区两级给予最高 300 万元奖励"). The district pays min(city grant, 300 万 − city grant).
/// </summary>
public sealed class Chapter5Topic3CityLittleGiant : JinshanClause
{
    public const decimal CombinedCeilingYuan = 3_000_000m;

    public override string Id => "jinshan-2025/5-3-city-little-giant";

    public override string CityGrantKey => "cityLittleGiantGrant";

    public override string Article => "关于支持创新主体培育实施细则 专题三";

    public override string TitleZh => "新认定的市科技小巨人（培育）企业配套奖励";

    public override string Quote => "3.支持标准：按市级部门资助金额的 100%给予配套。";

    public override ClaimMethod Claim => ClaimMethod.AutomaticEntitlement;

    public override IReadOnlyList<string> RequiredMaterials => ["免申即享：无需申报材料，依据市级认定与资助数据核定"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        FactDefinition.Flag("recommendedCityLittleGiant", "由金山区推荐并获得认定的市科技小巨人（培育）企业", "City tech little giant (or cultivation) recommended by Jinshan")
            // 由金山区推荐: Jinshan's own recommendation list, which is why the clause is 免申即享.
            .From(FactSource.CommitteeList),
        CityGrantInput,
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        Condition.Requires("recommendedCityLittleGiant", "jinshan-5-3-certified", "由金山区推荐并获得认定的市科技小巨人（培育）企业", "City tech little giant recommended by Jinshan"),
        CityGrantPositive("jinshan-5-3-grant"),
        CityGrantBelow(CombinedCeilingYuan, "jinshan-5-3-room-left", "市级资助低于市、区两级合计上限 300 万元", "The city grant is below the combined 3 million yuan ceiling"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("matchingRate", 1m, "比例"), Param("combinedCeiling", CombinedCeilingYuan)];

    public override AmountResult? Amount(Facts facts) =>
        Matching(facts, 1m, "按市级部门资助金额的 100%给予配套", combinedCeiling: CombinedCeilingYuan);
}
