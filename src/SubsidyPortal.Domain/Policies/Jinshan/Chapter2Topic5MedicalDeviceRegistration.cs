using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持生物医药产业创新发展实施细则 专题五 支持企业取得医疗器械注册证: 10 % of the product's actual R&amp;D cost,
/// 择优 up to 200 万 (class III) or 50 万 (class II). Which applies, and whether the certificate is new, is derived from
/// the device's class and the certificate's date (支持对象 (3) "在限定期间内，取得二类、三类医疗器械注册证"), not asked.
/// </summary>
public abstract class Chapter2Topic5MedicalDevice : JinshanClause
{
    public const decimal Rate = 0.10m;

    protected abstract decimal CapYuan { get; }

    protected abstract string ClassKey { get; }

    protected abstract string ClassZh { get; }

    protected abstract string ClassEn { get; }

    /// <summary>The class this sub-case's 支持标准 covers.</summary>
    protected abstract string CoveredClass { get; }

    public const string ClassOne = "class-1";
    public const string ClassTwo = "class-2";
    public const string ClassThree = "class-3";

    /// <summary>The device's class as its certificate gives it (一类 devices are filed, not registered).</summary>
    public static readonly FactDefinition DeviceClass = FactDefinition.Choice(
        "medicalDeviceClass", "医疗器械管理类别", "Class of the medical device",
        new(ClassOne, "一类（备案管理，无注册证）", "Class I (filed, no registration certificate)"),
        new(ClassTwo, "二类", "Class II"),
        new(ClassThree, "三类", "Class III"));

    public static readonly FactDefinition RegisteredOn = FactDefinition.Date(
        "medicalDeviceRegisteredOn", "医疗器械注册证批准日期", "Date the device registration certificate was granted");

    private DerivedFact? _case;
    private DerivedFact? _inPeriod;

    private DerivedFact Case => _case ??= new(
        ClassKey, ClassZh, ClassEn, [DeviceClass.Key], Quote, FactEntity.Project,
        f => f.Choice(DeviceClass.Key) is { } deviceClass ? deviceClass == CoveredClass : null);

    private DerivedFact RegisteredInPeriod => _inPeriod ??= new(
        "medicalDeviceRegisteredInPeriod", "在限定期间内取得医疗器械注册证", "Registration certificate granted within the period", [RegisteredOn.Key],
        "申报单位原则上在限定期间内，取得二类、三类医疗器械注册证", FactEntity.Project,
        f => f.Date(RegisteredOn.Key) is { } on ? on >= Period.Start : null);

    public override IReadOnlyList<DerivedFact> Derived => [Case, RegisteredInPeriod];

    public override string Article => "关于支持生物医药产业创新发展实施细则 专题五";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["金山区生物医药产业发展专项资金申请表-医疗器械", "医疗器械注册证或创新医疗器械获批证明材料（复印件）", "申报产品销售合同及销售凭证（复印件）", "申报单位前 2 个自然年度财务审计报告（复印件）", "申报产品的研发费用证明材料（如立项，需提交专项审计报告原件）", "其他需要提供的佐证材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedInnovatorInputs,
        DeviceClass,
        RegisteredOn,
        FactDefinition.Money("deviceProductRdCost", "该产品实际研发费用", "Actual R&D cost of the product"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedInnovator,
        Case.Requires($"jinshan-2-5-{ClassKey}", ClassZh, ClassEn),
        RegisteredInPeriod.Requires("jinshan-2-5-registered-in-period", "在限定期间内（政策施行之日起）取得注册证", "Certificate granted within the period (from the policy's start)"),
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

    protected override string ClassZh => "取得的是三类医疗器械注册证";

    protected override string ClassEn => "The certificate is for a Class III medical device";

    protected override string CoveredClass => ClassThree;
}

public sealed class Chapter2Topic5ClassTwoDevice : Chapter2Topic5MedicalDevice
{
    public override string Id => "jinshan-2025/2-5-class2-device";

    public override string TitleZh => "新取得二类医疗器械注册证";

    public override string Quote => "对新取得二类医疗器械注册证的，按该产品实际研发费用的 10%，择优给予最高50 万元支持。";

    protected override decimal CapYuan => 500_000m;

    protected override string ClassKey => "newClassTwoDeviceRegistration";

    protected override string ClassZh => "取得的是二类医疗器械注册证";

    protected override string ClassEn => "The certificate is for a Class II medical device";

    protected override string CoveredClass => ClassTwo;
}
