using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持生物医药企业开拓市场实施细则 专题一 支持企业集中带量采购: 1 % of the winning-bid amount, at most 300 万 per
/// enterprise per year. What the enterprise already received under this 专题 in the same year is an input, and
/// the award is limited to what remains of the 300 万.
/// </summary>
public sealed class Chapter4Topic1VolumeBasedProcurement : JinshanClause
{
    public const decimal Rate = 0.01m;
    public const decimal AnnualCapYuan = 3_000_000m;

    public override string Id => "jinshan-2025/4-1-volume-based-procurement";

    public override string Article => "关于支持生物医药企业开拓市场实施细则 专题一";

    public override string TitleZh => "支持企业集中带量采购";

    public override string Quote => "3.支持标准：按照中标金额的 1%给予补贴，每家企业单年度最高可支持 300 万元。";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["金山区生物医药产业化发展专项资金申请表", "营业执照（复印件）", "集中带量采购中标证明材料（复印件）", "销售发票（复印件）", "中标品种在本区生产的证明材料（复印件）", "其他需要提供的佐证材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedEnterpriseInputs,
        FactDefinition.Flag("producesWinningVarietyInJinshan", "限定期间内参加并生产国家药械集中带量采购中标品种", "Took part in national volume-based procurement and makes the winning variety"),
        FactDefinition.Money("winningBidAmount", "中标金额", "Winning-bid amount"),
        FactDefinition.Money("procurementAwardedThisYear", "本年度已获本专题补贴金额", "Already received under this topic this year"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedEnterprise,
        Condition.Requires("producesWinningVarietyInJinshan", "jinshan-4-1-winning-variety", "参加并生产国家药械集中带量采购中标品种", "Makes a winning variety of national volume-based procurement"),
        JinshanPolicy.Positive("winningBidAmount", "jinshan-4-1-bid", "中标金额大于零", "Winning-bid amount above zero"),
        new("jinshan-4-1-annual-limit", "本年度 300 万元额度尚有余额", "Some of this year's 3 million yuan limit remains",
            f => f.Money("procurementAwardedThisYear") is { } a ? a < AnnualCapYuan : null),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("rate", Rate, "比例"), Param("annualCap", AnnualCapYuan)];

    public override AmountResult? Amount(Facts facts) => facts.Money("winningBidAmount") is { } bid && facts.Money("procurementAwardedThisYear") is { } already
        ? AmountCalculation.Of(AmountKind.Fixed)
            .Base("中标金额", bid, Citation)
            .Rate(Rate, "按照中标金额的 1%", Citation)
            .Cap(AnnualCapYuan, "每家企业单年度最高 300 万元", Citation)
            .Limit(AnnualCapYuan - already, "扣除本年度已获补贴后的余额", Citation)
            .Round()
        : null;
}
