using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于引导重点产业集聚壮大实施细则 专题二 支持首次购建自用经营用房: "按购建费用的 30%给予补贴，最高补贴 200 万元。"
/// 支持对象 (2) — a new-land project completed, or a park plant bought, in the four biomedical areas within the period —
/// is derived from the premises' kind, town/park and date; 限定期间 is read as for 专题一.
/// </summary>
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
        PremisesKind,
        JinshanPolicy.PremisesLocation,
        PremisesDate,
        FactDefinition.Flag("firstPurchase", "首次购建自用经营用房", "First purchase or construction of own-use premises"),
        FactDefinition.Money("purchaseCost", "购建费用（经专项审计）", "Audited purchase or construction cost"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedEnterprise,
        Covered.Requires("jinshan-1-2-kind", "生物医药新增用地项目或购买的园区平台厂房（存量厂房）", "A biomedical new-land project or a park plant (existing building) bought"),
        InBiomedArea.Requires("jinshan-1-2-location", "位于亭林镇、山阳镇、高新区或碳谷绿湾", "In Tinglin, Shanyang, the high-tech zone or Carbon Valley"),
        InPeriod.Requires("jinshan-1-2-in-period", "在限定期间内（政策施行之日起）竣工投产或购入", "Completed or bought within the period (from the policy's start)"),
        Condition.Requires("firstPurchase", "jinshan-1-2-first", "首次购建自用经营用房", "First purchase or construction of own-use premises"),
        JinshanPolicy.Positive("purchaseCost", "jinshan-1-2-cost", "购建费用大于零", "Purchase or construction cost above zero"),
    ];

    public const string NewLandProject = "new-land-project";
    public const string ParkPlant = "park-plant";
    public const string OtherPremises = "other";

    public static readonly FactDefinition PremisesKind = FactDefinition.Choice(
        "premisesKind", "购建的自用经营用房类型", "Kind of own-use premises bought or built",
        new(NewLandProject, "新增用地项目（自建并竣工投产）", "New-land project (built and in production)"),
        new(ParkPlant, "购买园区平台厂房（存量厂房）", "A park plant bought (existing building)"),
        new(OtherPremises, "其他", "Other"));

    public static readonly FactDefinition PremisesDate = FactDefinition.Date(
        "premisesCompletedOrBoughtOn", "竣工投产日期（新增用地项目）或购房合同日期（园区厂房）", "Date completed and in production (new land) or bought (park plant)");

    private DerivedFact? _covered;
    private DerivedFact? _inArea;
    private DerivedFact? _inPeriod;

    private DerivedFact Covered => _covered ??= new(
        "premisesKindCovered", "新增用地项目或园区平台厂房", "A new-land project or a park plant", [PremisesKind.Key],
        "竣工投产的生物医药新增用地项目和购买园区平台厂房（存量厂房）", FactEntity.Project,
        f => f.Choice(PremisesKind.Key) is { } kind ? kind is NewLandProject or ParkPlant : null);

    private DerivedFact InBiomedArea => _inArea ??= new(
        "premisesInBiomedArea", "用房位于四个生物医药承载区之一", "The premises are in one of the four biomedical areas", [JinshanPolicy.PremisesLocation.Key],
        "申报单位原则上在亭林镇、山阳镇、高新区、碳谷绿湾范围内", FactEntity.Project,
        f => f.Choice(JinshanPolicy.PremisesLocation.Key) is { } at ? JinshanPolicy.IsBiomedArea(at) : null);

    private DerivedFact InPeriod => _inPeriod ??= new(
        "premisesInPeriod", "在限定期间内竣工投产或购入", "Completed or bought within the period", [PremisesDate.Key],
        "在限定期间内竣工投产的生物医药新增用地项目和购买园区平台厂房", FactEntity.Project,
        f => f.Date(PremisesDate.Key) is { } on ? on >= Period.Start : null);

    public override IReadOnlyList<DerivedFact> Derived => [Covered, InBiomedArea, InPeriod];

    public override IReadOnlyList<Parameter> Parameters => [Param("rate", Rate, "比例"), Param("cap", CapYuan)];

    public override AmountResult? Amount(Facts facts) => facts.Money("purchaseCost") is { } cost
        ? AmountCalculation.Of(AmountKind.Fixed).Base("购建费用", cost, Citation).Rate(Rate, "按购建费用的 30%", Citation).Cap(CapYuan, "最高补贴 200 万元", Citation).Round()
        : null;
}
