using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持创新主体培育实施细则 专题一 (免申即享): "市、区两级给予最高 30 万元资金支持。" The text gives no rate, only a
/// combined city-plus-district ceiling, so the district's part is a ceiling: 30 万 less the city's grant.
/// </summary>
public sealed class Chapter5Topic1TechSmeInnovationFund : JinshanClause
{
    public const decimal CombinedCeilingYuan = 300_000m;

    public override string Id => "jinshan-2025/5-1-tech-sme-innovation-fund";

    public override string CityGrantKey => "techSmeFundCityGrant";

    public override string Article => "关于支持创新主体培育实施细则 专题一";

    public override string TitleZh => "上海市科技型中小企业技术创新资金项目区级支持";

    public override string Quote => "3.支持标准：市、区两级给予最高 30 万元资金支持。";

    public override ClaimMethod Claim => ClaimMethod.AutomaticEntitlement;

    public override IReadOnlyList<string> RequiredMaterials => ["免申即享：无需申报材料，依据市级立项数据核定"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        FactDefinition.Flag("recommendedAndFundedTechSme", "由金山区推荐并获上海市科技型中小企业技术创新资金立项", "Recommended by Jinshan and funded by the city tech-SME innovation fund")
            // 由金山区推荐: Jinshan's own recommendation list, which is why the clause is 免申即享.
            .From(FactSource.CommitteeList),
        CityGrantInput,
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        Condition.Requires("recommendedAndFundedTechSme", "jinshan-5-1-funded", "由金山区推荐并获上海市科技型中小企业技术创新资金立项", "Recommended by Jinshan and funded by the city fund"),
        CityGrantBelow(CombinedCeilingYuan, "jinshan-5-1-room-left", "市级资助低于市、区两级合计上限 30 万元", "The city grant is below the combined 300,000 yuan ceiling"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("combinedCeiling", CombinedCeilingYuan)];

    public override AmountResult? Amount(Facts facts) => facts.Money(CityGrantKey) is { } city
        ? AmountCalculation.Of(AmountKind.Ceiling)
            .Base("市、区两级合计最高 30 万元", CombinedCeilingYuan, Citation)
            .Limit(CombinedCeilingYuan - city, "扣除市级资助后的区级余额", Citation)
            .Round()
        : null;
}
