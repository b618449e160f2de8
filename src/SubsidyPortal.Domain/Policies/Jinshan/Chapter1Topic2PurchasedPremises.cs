using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>关于引导重点产业集聚壮大实施细则 专题二 支持首次购建自用经营用房: "按购建费用的 30%给予补贴，最高补贴 200 万元。"</summary>
public sealed class Chapter1Topic2PurchasedPremises : JinshanClause
{
    public const decimal Rate = 0.30m;
    public const decimal CapYuan = 2_000_000m;

    public override string Id => "jinshan-2025/1-2-purchased-premises";

    public override string Article => "关于引导重点产业集聚壮大实施细则 专题二";

    public override string TitleZh => "支持首次购建自用经营用房";

    public override string Quote => "3.支持标准：按购建费用的 30%给予补贴，最高补贴 200 万元。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "金山区生物医药产业化发展专项资金申请表", "营业执照（复印件）", "立项批准文件", "土地出让合同（新增用地项目提供、复印件）",
        "固定资产投资核验证明材料（新增用地项目提供、复印件）", "购房合同（购买厂房提供、复印件）", "不动产权证（购买厂房提供、复印件）", "专项审计报告", "其他需要提供的佐证材料",
    ];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedEnterpriseInputs,
        FactDefinition.Flag("newLandOrParkPlantInBiomedParks", "在亭林镇、山阳镇、高新区、碳谷绿湾范围内，限定期间内竣工投产的新增用地项目或购买园区平台厂房", "New-land project completed in the period, or a park plant bought, in the four biomedical areas"),
        FactDefinition.Flag("firstPurchase", "首次购建自用经营用房", "First purchase or construction of own-use premises"),
        FactDefinition.Money("purchaseCost", "购建费用（经专项审计）", "Audited purchase or construction cost"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedEnterprise,
        Condition.Requires("newLandOrParkPlantInBiomedParks", "jinshan-1-2-location", "在四个生物医药承载区范围内竣工投产的新增用地项目或购买的园区平台厂房", "New-land project or park plant in the four biomedical areas"),
        Condition.Requires("firstPurchase", "jinshan-1-2-first", "首次购建自用经营用房", "First purchase or construction of own-use premises"),
        JinshanPolicy.Positive("purchaseCost", "jinshan-1-2-cost", "购建费用大于零", "Purchase or construction cost above zero"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("rate", Rate, "比例"), Param("cap", CapYuan)];

    public override AmountResult? Amount(Facts facts) => facts.Money("purchaseCost") is { } cost
        ? AmountCalculation.Of(AmountKind.Fixed).Base("购建费用", cost, Citation).Rate(Rate, "按购建费用的 30%", Citation).Cap(CapYuan, "最高补贴 200 万元", Citation).Round()
        : null;
}
