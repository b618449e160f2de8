using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于强化创新载体建设实施细则 专题四: 100 % of the city's support for carriers in the city cultivation system; 200 万 /
/// 100 万 for a newly recognised national 卓越级 / 高能级 incubator. Applicants are tech enterprises or organisations
/// registered, paying tax and independent legal persons in Jinshan.
/// </summary>
public sealed class Chapter7Topic4CarrierMatching : JinshanCityMatchingClause
{
    public override string Id => "jinshan-2025/7-4-carrier-matching";

    public override string CityGrantKey => "carrierCityGrant";

    public override string Article => "关于强化创新载体建设实施细则 专题四";

    public override string TitleZh => "纳入上海市创新创业载体培育体系的载体配套";

    public override string Quote => "对纳入上海市创新创业载体培育体系建设的载体，按照市级扶持资金的 100%给予配套。";

    public override IReadOnlyList<string> RequiredMaterials => ["申请书", "相关佐证材料附件"];

    public override IReadOnlyList<FactDefinition> Inputs => [.. base.Inputs, JinshanPolicy.TaxPaidInput, JinshanPolicy.IndependentLegalPersonInput];

    public override IReadOnlyList<Condition> Conditions => [.. base.Conditions, JinshanPolicy.TaxPaid, JinshanPolicy.IndependentLegalPerson];

    protected override decimal Rate => 1m;

    protected override string StatusKey => "cityCultivatedCarrier";

    protected override string StatusZh => "纳入上海市创新创业载体培育体系建设的载体";

    protected override string StatusEn => "A carrier in the city's innovation-carrier cultivation system";

    protected override string RateZh => "按照市级扶持资金的 100%给予配套";

    protected override string CodePrefix => "jinshan-7-4";
}

public abstract class Chapter7Topic4NationalIncubator : JinshanClause
{
    protected abstract decimal AwardYuan { get; }

    protected abstract string LevelKey { get; }

    protected abstract string LevelZh { get; }

    protected abstract string LevelEn { get; }

    public override string Article => "关于强化创新载体建设实施细则 专题四";

    public override string Quote => "对新认定的国家级卓越级、高能级孵化器，分别给予 200 万元、100 万元的一次性奖励。";

    public override IReadOnlyList<string> RequiredMaterials => ["申请书", "国家级孵化器认定文件", "相关佐证材料附件"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        JinshanPolicy.RegisteredInput,
        JinshanPolicy.TaxPaidInput,
        JinshanPolicy.IndependentLegalPersonInput,
        FactDefinition.Flag(LevelKey, LevelZh, LevelEn),
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        JinshanPolicy.TaxPaid,
        JinshanPolicy.IndependentLegalPerson,
        Condition.Requires(LevelKey, $"jinshan-7-4-{LevelKey}", LevelZh, LevelEn),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("award", AwardYuan)];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.FixedAward(AwardYuan, Citation);
}

public sealed class Chapter7Topic4ExcellentNationalIncubator : Chapter7Topic4NationalIncubator
{
    public override string Id => "jinshan-2025/7-4-excellent-national-incubator";

    public override string TitleZh => "新认定的国家级卓越级孵化器";

    protected override decimal AwardYuan => 2_000_000m;

    protected override string LevelKey => "newExcellentNationalIncubator";

    protected override string LevelZh => "新认定的国家级卓越级孵化器";

    protected override string LevelEn => "Newly recognised as a national incubator of the excellent level";
}

public sealed class Chapter7Topic4HighEnergyNationalIncubator : Chapter7Topic4NationalIncubator
{
    public override string Id => "jinshan-2025/7-4-high-energy-national-incubator";

    public override string TitleZh => "新认定的国家级高能级孵化器";

    protected override decimal AwardYuan => 1_000_000m;

    protected override string LevelKey => "newHighEnergyNationalIncubator";

    protected override string LevelZh => "新认定的国家级高能级孵化器";

    protected override string LevelEn => "Newly recognised as a national incubator of the high-energy level";
}
