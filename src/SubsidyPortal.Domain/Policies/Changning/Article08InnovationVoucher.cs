using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 8 条 科技创新券补贴: 按照市科委审核认定的实际发生服务费用，给予最高不超过 30 万元的支持. No rate is given, so
/// the approved service fees are the base of a ceiling, capped at 30 万元; the committee decides under it.
/// </summary>
public sealed class Article08InnovationVoucher : ChangningClause
{
    public const decimal CapYuan = 300_000m;

    public const string FeesKey = "voucherApprovedServiceFees";

    public override string Id => "changning-2024/8-innovation-voucher";

    public override string Article => "第 8 条";

    public override string TitleZh => "科技创新券补贴";

    public override string Quote => "对企业在开展科技创新活动过程中，使用上海市科技创新券的，按照市科委审核认定的实际发生服务费用，给予最高不超过 30 万元的支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "营业执照复印件（加盖公章）",
        "上海市科技创新券使用记录及市科委审核认定文件复印件（加盖公章）",
        "服务合同及服务费用发票复印件（加盖公章）",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("usedShanghaiInnovationVoucher", "在开展科技创新活动过程中使用上海市科技创新券", "Used Shanghai innovation vouchers for S&T innovation activities"),
        FactDefinition.Money(FeesKey, "市科委审核认定的实际发生服务费用", "Service fees actually incurred, as approved by the Shanghai S&T Commission"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("usedShanghaiInnovationVoucher", "changning-8-used-voucher", "在开展科技创新活动过程中使用上海市科技创新券", "Used Shanghai innovation vouchers for S&T innovation activities"),
        Positive(FeesKey, "changning-8-fees-positive", "市科委审核认定的实际发生服务费用大于零", "The approved service fees are above zero"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("cap", CapYuan)];

    public override AmountResult? Amount(Facts facts) =>
        facts.Money(FeesKey) is { } fees
            ? AmountCalculation.Of(AmountKind.Ceiling)
                .Base("市科委审核认定的实际发生服务费用（条款未规定比例，以此为支持上限）", fees)
                .Cap(CapYuan, "最高不超过 30 万元", Citation)
                .Round()
            : null;
}
