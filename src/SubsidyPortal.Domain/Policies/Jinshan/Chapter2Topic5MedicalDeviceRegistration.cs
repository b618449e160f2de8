using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持生物医药产业创新发展实施细则 专题五 支持企业取得医疗器械注册证: 10 % of the product's actual R&amp;D cost,
/// 择优 up to 200 万 (class III) or 50 万 (class II).
/// </summary>
public abstract class Chapter2Topic5MedicalDevice : JinshanClause
{
    public const decimal Rate = 0.10m;

    protected abstract decimal CapYuan { get; }

    protected abstract string ClassKey { get; }

    protected abstract string ClassZh { get; }

    protected abstract string ClassEn { get; }

    public override string Article => "关于支持生物医药产业创新发展实施细则 专题五";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["金山区生物医药产业发展专项资金申请表-医疗器械", "医疗器械注册证或创新医疗器械获批证明材料（复印件）", "申报产品销售合同及销售凭证（复印件）", "申报单位前 2 个自然年度财务审计报告（复印件）", "申报产品的研发费用证明材料（如立项，需提交专项审计报告原件）", "其他需要提供的佐证材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedInnovatorInputs,
        FactDefinition.Flag(ClassKey, ClassZh, ClassEn),
        FactDefinition.Money("deviceProductRdCost", "该产品实际研发费用", "Actual R&D cost of the product"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedInnovator,
        Condition.Requires(ClassKey, $"jinshan-2-5-{ClassKey}", ClassZh + "并在本区销售结算", ClassEn + ", with sales settled in Jinshan"),
        JinshanPolicy.Positive("deviceProductRdCost", "jinshan-2-5-rd-cost", "该产品实际研发费用大于零", "Actual R&D cost above zero"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("rate", Rate, "比例"), Param("cap", CapYuan)];

    public override AmountResult? Amount(Facts facts) => facts.Money("deviceProductRdCost") is { } cost
        ? AmountCalculation.Of(AmountKind.Ceiling).Base("该产品实际研发费用", cost, Citation).Rate(Rate, "按实际研发费用的 10%", Citation).Cap(CapYuan, "择优给予最高支持金额", Citation).Round()
        : null;
}

public sealed class Chapter2Topic5ClassThreeDevice : Chapter2Topic5MedicalDevice
{
    public override string Id => "jinshan-2025/2-5-class3-device";

    public override string TitleZh => "新取得三类医疗器械注册证";

    public override string Quote => "对新取得三类医疗器械注册证的，按该产品实际研发费用的 10%，择优给予最高 200 万元支持";

    protected override decimal CapYuan => 2_000_000m;

    protected override string ClassKey => "newClassThreeDeviceRegistration";

    protected override string ClassZh => "限定期间内新取得三类医疗器械注册证";

    protected override string ClassEn => "Obtained a new Class III medical device registration certificate in the period";
}

public sealed class Chapter2Topic5ClassTwoDevice : Chapter2Topic5MedicalDevice
{
    public override string Id => "jinshan-2025/2-5-class2-device";

    public override string TitleZh => "新取得二类医疗器械注册证";

    public override string Quote => "对新取得二类医疗器械注册证的，按该产品实际研发费用的 10%，择优给予最高50 万元支持。";

    protected override decimal CapYuan => 500_000m;

    protected override string ClassKey => "newClassTwoDeviceRegistration";

    protected override string ClassZh => "限定期间内新取得二类医疗器械注册证";

    protected override string ClassEn => "Obtained a new Class II medical device registration certificate in the period";
}
