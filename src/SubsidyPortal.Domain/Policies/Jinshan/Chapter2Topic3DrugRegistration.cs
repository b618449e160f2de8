using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持生物医药产业创新发展实施细则 专题三 支持企业获得药品注册批件: 10 % of the product's actual R&amp;D cost, 择优 at
/// most 200 万. One application is one variety (同一药品不同规格视为同一品种): name it with the matter key so a second
/// strength of the same drug is refused as the same matter.
/// </summary>
public sealed class Chapter2Topic3DrugRegistration : JinshanClause
{
    public const decimal Rate = 0.10m;
    public const decimal CapYuan = 2_000_000m;

    public override string Id => "jinshan-2025/2-3-drug-registration";

    public override string Article => "关于支持生物医药产业创新发展实施细则 专题三";

    public override string TitleZh => "支持企业获得药品注册批件";

    public override string Quote => "按该产品实际研发费用的 10%予以资助，择优给予最高 200 万元的支持。同一药品不同规格视为同一品种。";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["金山区生物医药产业发展专项资金申请表-药品注册批件", "药品注册批件相关材料（复印件）", "药品销售合同及销售凭证（复印件）", "申报单位前 2 个自然年度财务审计报告（复印件）", "申报产品的研发费用证明材料（如立项，需提交专项审计报告原件）", "其他需要提供的佐证材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedInnovatorInputs,
        FactDefinition.Flag("firstRegistrationInJinshanProducedAndSold", "在本区首次取得药品注册批件（含新获得的转让批件）并生产销售", "First registration approval in Jinshan (incl. transferred), produced and sold"),
        FactDefinition.Money("drugProductRdCost", "该产品实际研发费用", "Actual R&D cost of the product"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedInnovator,
        Condition.Requires("firstRegistrationInJinshanProducedAndSold", "jinshan-2-3-first-registration", "在本区首次取得药品注册批件并生产销售", "First registration approval in Jinshan, produced and sold"),
        JinshanPolicy.Positive("drugProductRdCost", "jinshan-2-3-rd-cost", "该产品实际研发费用大于零", "Actual R&D cost above zero"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("rate", Rate, "比例"), Param("cap", CapYuan)];

    public override AmountResult? Amount(Facts facts) => facts.Money("drugProductRdCost") is { } cost
        ? AmountCalculation.Of(AmountKind.Ceiling).Base("该产品实际研发费用", cost, Citation).Rate(Rate, "按实际研发费用的 10%", Citation).Cap(CapYuan, "择优给予最高 200 万元", Citation).Round()
        : null;
}
