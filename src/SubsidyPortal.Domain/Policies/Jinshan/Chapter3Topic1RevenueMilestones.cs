using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持生物医药企业做强做优实施细则 (no 专题 headings: the whole 实施细则 is one topic): 20 / 50 / 100 / 200 万 for
/// first crossing 5000 万, 1 亿, 5 亿, 10 亿 of annual main-business revenue, 就高（不重复）.
/// <para>
/// One clause per tier, all in <see cref="JinshanPolicy.RevenueMilestoneGroup"/>. A tier applies only when it is
/// the highest tier the year's revenue reaches (a jump past several thresholds in one year earns the highest only)
/// and the enterprise had never reached it before (首次突破: the highest earlier annual revenue is below it).
/// The year is 上年度, the last full year before the filing, whose audit the 申报材料 ask for ("限定年度财务审计报告"):
/// the portal's reading of "限定期限", which the text does not date. Both figures come from the profile's yearly figures
/// when it holds them (<see cref="EnterpriseYearFacts"/>).
/// The 支持标准 says "分别给予 … 的奖励" (fixed), where the 政策内容 says "最高"; the 支持标准 is the operative text, so
/// the awards are fixed.
/// </para>
/// </summary>
public abstract class Chapter3RevenueMilestone : JinshanClause
{
    protected abstract decimal ThresholdYuan { get; }

    protected abstract decimal? NextThresholdYuan { get; }

    protected abstract decimal AwardYuan { get; }

    protected abstract string ThresholdZh { get; }

    public override string Article => "关于支持生物医药企业做强做优实施细则";

    public override string TitleZh => $"年主营业务收入首次突破{ThresholdZh}";

    public override string Quote => "对年主营业务收入首次突破 5000 万元、1 亿元、5 亿元、10 亿元的生物医药企业，分别给予 20 万元、50 万元、100万元、200 万元的奖励。主营业务收入多次突破的企业可就高（不重复）享受奖励资金。";

    public override string? ExclusivityGroup => JinshanPolicy.RevenueMilestoneGroup;

    public override IReadOnlyList<string> RequiredMaterials =>
        ["金山区生物医药产业化发展专项资金申请表", "营业执照（复印件）", "立项批准文件", "限定年度财务审计报告（复印件）", "其他需要提供的佐证材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedEnterpriseInputs,
        EnterpriseYearFacts.LastYearRevenue,
        EnterpriseYearFacts.HighestRevenueBeforeLastYear,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedEnterprise,
        Condition.AtLeast(EnterpriseYearFacts.LastYearRevenue.Key, ThresholdYuan, "jinshan-3-reached", $"年主营业务收入达到{ThresholdZh}", $"Annual revenue reaches {ThresholdYuan:N0} yuan"),
        new("jinshan-3-highest-tier", "就高：本年度收入未达到更高一档（达到更高一档的，按更高一档奖励）", "Highest tier only: the year's revenue does not reach the next tier",
            f => f.Money(EnterpriseYearFacts.LastYearRevenue.Key) is { } r ? NextThresholdYuan is not { } next || r < next : null),
        new("jinshan-3-first-time", $"首次突破：此前年度主营业务收入均未达到{ThresholdZh}", "First time: no earlier year reached this tier",
            f => f.Money(EnterpriseYearFacts.HighestRevenueBeforeLastYear.Key) is { } p ? p < ThresholdYuan : null),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("threshold", ThresholdYuan), Param("award", AwardYuan)];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.FixedAward(AwardYuan, Citation);
}

public sealed class Chapter3RevenueMilestone50Million : Chapter3RevenueMilestone
{
    public override string Id => "jinshan-2025/3-1-revenue-50m";

    protected override decimal ThresholdYuan => 50_000_000m;

    protected override decimal? NextThresholdYuan => 100_000_000m;

    protected override decimal AwardYuan => 200_000m;

    protected override string ThresholdZh => " 5000 万元";
}

public sealed class Chapter3RevenueMilestone100Million : Chapter3RevenueMilestone
{
    public override string Id => "jinshan-2025/3-1-revenue-100m";

    protected override decimal ThresholdYuan => 100_000_000m;

    protected override decimal? NextThresholdYuan => 500_000_000m;

    protected override decimal AwardYuan => 500_000m;

    protected override string ThresholdZh => " 1 亿元";
}

public sealed class Chapter3RevenueMilestone500Million : Chapter3RevenueMilestone
{
    public override string Id => "jinshan-2025/3-1-revenue-500m";

    protected override decimal ThresholdYuan => 500_000_000m;

    protected override decimal? NextThresholdYuan => 1_000_000_000m;

    protected override decimal AwardYuan => 1_000_000m;

    protected override string ThresholdZh => " 5 亿元";
}

public sealed class Chapter3RevenueMilestone1Billion : Chapter3RevenueMilestone
{
    public override string Id => "jinshan-2025/3-1-revenue-1b";

    protected override decimal ThresholdYuan => 1_000_000_000m;

    protected override decimal? NextThresholdYuan => null;

    protected override decimal AwardYuan => 2_000_000m;

    protected override string ThresholdZh => " 10 亿元";
}
