using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 9 条 支持企业上云用数赋智: 一次性补贴，单个单位年度支持最高不超过 500 万元. The 500 万元 is a per-unit, per-year
/// limit: the ceiling is what remains of it after this year's earlier awards under this article.
/// </summary>
public sealed class Article09CloudAndCompute : ChangningClause
{
    public const decimal AnnualLimitYuan = 5_000_000m;

    public const string ReceivedThisYearKey = "article9SupportReceivedThisYear";

    public override string Id => "changning-2024/9-cloud-and-compute";

    public override string Article => "第 9 条";

    public override string TitleZh => "企业上云用数赋智一次性补贴";

    public override string Quote =>
        "对符合我区重点产业发展方向的科技创新类企业购买通信、云计算及大模型研发、应用类智能算力等公共服务的，给予一次性补贴，单个单位年度支持最高不超过 500 万元。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "营业执照复印件（加盖公章）",
        "通信、云计算、智能算力等公共服务采购合同及发票复印件（加盖公章）",
        "企业主营业务及研发情况说明（符合重点产业发展方向）",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("techInnovationEnterprise", "科技创新类企业", "A technology-innovation enterprise"),
        FactDefinition.Flag("alignedWithKeyIndustries", "符合本区重点产业发展方向", "Fits the district's key industry direction"),
        FactDefinition.Flag("purchasedComputePublicServices", "购买通信、云计算及大模型研发、应用类智能算力等公共服务", "Bought communication, cloud computing or AI compute public services"),
        FactDefinition.Money(ReceivedThisYearKey, "本年度已获本条支持金额", "Support already received under this article this year"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("techInnovationEnterprise", "changning-9-tech-enterprise", "申报单位为科技创新类企业", "The applicant is a technology-innovation enterprise"),
        Condition.Requires("alignedWithKeyIndustries", "changning-9-key-industry", "符合本区重点产业发展方向", "Fits the district's key industry direction"),
        Condition.Requires("purchasedComputePublicServices", "changning-9-purchased-services", "购买通信、云计算及大模型研发、应用类智能算力等公共服务", "Bought communication, cloud or AI compute public services"),
        new(
            "changning-9-annual-limit-remaining",
            "单个单位年度支持最高不超过 500 万元：本年度尚有余额",
            "At most 5 million yuan per unit per year: some of this year's limit remains",
            f => f.Money(ReceivedThisYearKey) is { } received ? received < AnnualLimitYuan : null),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("annualLimit", AnnualLimitYuan)];

    public override AmountResult? Amount(Facts facts) =>
        facts.Money(ReceivedThisYearKey) is { } received
            ? AmountCalculation.Of(AmountKind.Ceiling)
                .Base("单个单位年度支持最高不超过 500 万元", AnnualLimitYuan, Citation)
                .Limit(AnnualLimitYuan - received, "扣除本年度已获本条支持后的余额", Citation)
                .Round()
            : null;
}
