using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持生物医药企业开拓市场实施细则 专题二 支持企业开拓国际市场: 50 万 per variety (strengths of one product are one
/// variety: the applicant counts varieties after merging them), at most 100 万 per enterprise per year.
/// </summary>
public sealed class Chapter4Topic2InternationalMarket : JinshanClause
{
    public const decimal PerVarietyYuan = 500_000m;
    public const decimal AnnualCapYuan = 1_000_000m;

    public override string Id => "jinshan-2025/4-2-international-market";

    public override string Article => "关于支持生物医药企业开拓市场实施细则 专题二";

    public override string TitleZh => "支持企业开拓国际市场";

    public override string Quote => "按每个品种（同一产品不同规格视为同一品种）给予一次性 50 万元的支持，单个企业每年最高可支持 100 万元。";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["金山区生物医药产业发展专项资金申请表", "营业执照（复印件）", "国际权威机构认证及境外上市资质证明材料（复印件并译成中文）", "申报产品销售合同及销售凭证（复印件）", "其他需要提供的佐证材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedEnterpriseInputs,
        FactDefinition.Count("overseasApprovedVarietyCount", "个品种", "限定期间内首次通过 FDA、EMA 认证并获得境外上市资质的药品、二类及以上高端医疗器械品种数（同一产品不同规格计为一个）", "Varieties first approved by FDA or EMA in the period (strengths count once)"),
        FactDefinition.Money("overseasMarketAwardedThisYear", "本年度已获本专题支持金额", "Already received under this topic this year"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedEnterprise,
        JinshanPolicy.CountAtLeast("overseasApprovedVarietyCount", 1, "jinshan-4-2-variety", "至少一个品种首次通过 FDA、EMA 认证并获得境外上市资质", "At least one variety first approved by FDA or EMA"),
        new("jinshan-4-2-annual-limit", "本年度 100 万元额度尚有余额", "Some of this year's 1 million yuan limit remains",
            f => f.Money("overseasMarketAwardedThisYear") is { } a ? a < AnnualCapYuan : null),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("perVariety", PerVarietyYuan), Param("annualCap", AnnualCapYuan)];

    public override AmountResult? Amount(Facts facts) => facts.Count("overseasApprovedVarietyCount") is { } n && facts.Money("overseasMarketAwardedThisYear") is { } already
        ? AmountCalculation.Of(AmountKind.Fixed)
            .Base("每个品种 50 万元", PerVarietyYuan, Citation)
            .Rate(n, "按品种数", Citation)
            .Cap(AnnualCapYuan, "单个企业每年最高 100 万元", Citation)
            .Limit(AnnualCapYuan - already, "扣除本年度已获支持后的余额", Citation)
            .Round()
        : null;
}
