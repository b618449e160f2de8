using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于引导重点产业集聚壮大实施细则 专题一 支持租赁自用经营用房: "三年内按照租金的 30%给予补贴，单年度最高补贴 50 万元。"
/// The amount is one year's subsidy (30 % of that year's rent, capped at 50 万); the three years are tranches,
/// each paid against that year's rent receipts (the figure shown assumes the same rent every year).
/// 支持对象 (2) "申报单位原则上在限定期间内，在区内落户并租赁入驻亭林镇、山阳镇、高新区、碳谷绿湾的生物医药企业" is
/// derived from plain facts: the profile's town/park and the day the enterprise settled in Jinshan. The text does not
/// define 限定期间; the portal takes the clause's period (from the notice date), a reading the committee may narrow in a call.
/// </summary>
public sealed class Chapter1Topic1RentalPremises : JinshanClause
{
    public const decimal Rate = 0.30m;
    public const decimal AnnualCapYuan = 500_000m;

    public override string Id => "jinshan-2025/1-1-rental-premises";

    public override string Article => "关于引导重点产业集聚壮大实施细则 专题一";

    public override string TitleZh => "支持租赁自用经营用房";

    public override string Quote => "三年内按照租金的 30%给予补贴，单年度最高补贴 50 万元。";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["金山区生物医药产业化发展专项资金申请表", "营业执照（复印件）", "立项批准文件", "租房合同（复印件）", "租金支付证明材料（复印件）", "其他需要提供的佐证材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedEnterpriseInputs,
        JinshanPolicy.Location,
        JinshanPolicy.SettledOn,
        FactDefinition.Money("annualRent", "本租赁年度自用经营用房租金", "Rent for own-use premises this lease year"),
        FactDefinition.Count("rentSubsidyYear", "年", "补贴年度（第几年，1–3）", "Which subsidy year (1–3)"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedEnterprise,
        InBiomedArea.Requires("jinshan-1-1-location", "入驻亭林镇、山阳镇、高新区或碳谷绿湾", "Located in Tinglin, Shanyang, the high-tech zone or Carbon Valley"),
        SettledInPeriod.Requires("jinshan-1-1-settled-in-period", "在限定期间内（政策施行之日起）在区内落户", "Settled in Jinshan within the period (from the policy's start)"),
        new("jinshan-1-1-within-three-years", "补贴限于三年内（第 1–3 年）", "The subsidy runs for three years only (years 1–3)",
            f => f.Count("rentSubsidyYear") is { } y ? y is >= 1 and <= 3 : null),
        JinshanPolicy.Positive("annualRent", "jinshan-1-1-rent-paid", "已支付租金（金额大于零）", "Rent was paid (above zero)"),
    ];

    private DerivedFact? _inBiomedArea;
    private DerivedFact? _settledInPeriod;

    private DerivedFact InBiomedArea => _inBiomedArea ??= new(
        "inJinshanBiomedArea", "位于四个生物医药承载区之一", "In one of the four biomedical areas", [JinshanPolicy.Location.Key],
        "租赁入驻亭林镇、山阳镇、高新区、碳谷绿湾", FactEntity.Enterprise,
        f => f.Choice(JinshanPolicy.Location.Key) is { } at ? JinshanPolicy.IsBiomedArea(at) : null);

    private DerivedFact SettledInPeriod => _settledInPeriod ??= new(
        "settledInJinshanInPeriod", "在限定期间内落户金山区", "Settled in Jinshan within the period", [JinshanPolicy.SettledOn.Key],
        "申报单位原则上在限定期间内，在区内落户", FactEntity.Enterprise,
        f => f.Date(JinshanPolicy.SettledOn.Key) is { } on ? on >= Period.Start : null);

    public override IReadOnlyList<DerivedFact> Derived => [InBiomedArea, SettledInPeriod];

    public override IReadOnlyList<Parameter> Parameters => [Param("rate", Rate, "比例"), Param("annualCap", AnnualCapYuan), Param("years", 3, "年")];

    public override AmountResult? Amount(Facts facts)
    {
        if (facts.Money("annualRent") is not { } rent)
        {
            return null;
        }

        var perYear = Common.Money.RoundToFen(Math.Min(rent * Rate, AnnualCapYuan));
        return AmountCalculation.Of(AmountKind.Fixed)
            .Base("本年度租金", rent, Citation)
            .Rate(Rate, "按照租金的 30%", Citation)
            .Cap(AnnualCapYuan, "单年度最高补贴 50 万元", Citation)
            .InTranches(AmountBasis.PerYear, Enumerable.Range(1, 3).Select(i => new Tranche(i, $"第 {i} 年", perYear, AmountKind.Fixed, $"第 {i} 个租赁年度的租金支付证明")))
            .Round();
    }
}
