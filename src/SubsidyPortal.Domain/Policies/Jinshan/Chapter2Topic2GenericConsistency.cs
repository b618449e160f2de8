using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持生物医药产业创新发展实施细则 专题二 支持仿制药一致性评价: "择优最高给予 100 万元/品种的支持。同一药品不同
/// 规格视为同一品种。" The number of varieties is an input the applicant counts after merging strengths of the same
/// drug (two strengths of one drug are one variety); the ceiling is 100 万 per variety.
/// </summary>
public sealed class Chapter2Topic2GenericConsistency : JinshanClause
{
    public const decimal PerVarietyCeilingYuan = 1_000_000m;

    public override string Id => "jinshan-2025/2-2-generic-consistency";

    public override string Article => "关于支持生物医药产业创新发展实施细则 专题二";

    public override string TitleZh => "支持仿制药一致性评价";

    public override string Quote => "对通过药品质量和疗效一致性评价的仿制药，择优最高给予 100 万元/品种的支持。同一药品不同规格视为同一品种。";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["金山区生物医药产业发展专项资金申请表-仿制药一致性评价", "通过一致性评价获得的批件及相关申报材料（复印件）", "申报产品销售合同及销售凭证（复印件）", "申报单位前 2 个自然年度财务审计报告（复印件）", "其他需要提供的佐证材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedInnovatorInputs,
        FactDefinition.Flag("consistencyEvaluationPassed", "限定期间内完成仿制药质量和疗效一致性评价并取得国家药品监督管理局批件", "Consistency evaluation passed with an NMPA approval in the period"),
        FactDefinition.Count("consistencyVarietyCount", "个品种", "通过一致性评价的品种数（同一药品不同规格计为一个品种）", "Varieties that passed (strengths of one drug count once)"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedInnovator,
        Condition.Requires("consistencyEvaluationPassed", "jinshan-2-2-passed", "完成一致性评价，取得国家药品监督管理局批件，并在本区销售结算", "Consistency evaluation passed with an NMPA approval"),
        JinshanPolicy.CountAtLeast("consistencyVarietyCount", 1, "jinshan-2-2-variety", "至少一个品种通过一致性评价", "At least one variety passed"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("perVarietyCeiling", PerVarietyCeilingYuan)];

    public override AmountResult? Amount(Facts facts) => facts.Count("consistencyVarietyCount") is { } n
        ? AmountCalculation.Of(AmountKind.Ceiling).Base("每品种最高 100 万元", PerVarietyCeilingYuan, Citation).Rate(n, "按品种数（同一药品不同规格视为同一品种）", Citation).Round()
        : null;
}
