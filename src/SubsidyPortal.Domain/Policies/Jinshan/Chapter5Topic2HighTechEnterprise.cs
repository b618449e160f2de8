using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持创新主体培育实施细则 专题二: 20 万 for a first certification, 5 万 for a renewal on expiry. Neither is combined
/// with 张江示范区's high-tech support; a first certification is not awarded to an enterprise funded by the city's
/// 高新技术企业培育入库 programme. The 支持标准 fixes both figures ("给予 20 万元奖励"), so they are fixed awards. First
/// certification and renewal are derived from the certificate dates (<see cref="EnterpriseCertificates"/>).
/// </summary>
public abstract class Chapter5Topic2HighTechAward : JinshanClause
{
    public override string Article => "关于支持创新主体培育实施细则 专题二";

    public override IReadOnlyList<string> RequiredMaterials => ["补贴申请书", "高新技术企业证书", "“查询高企证书”截图"];

    protected static readonly Condition NoZhangjiangHighTech = Condition.Requires(
        "noZhangjiangHighTechSupport", "jinshan-5-2-no-zhangjiang", "未重复享受张江示范区的高新技术企业扶持政策", "Not also receiving Zhangjiang's high-tech enterprise support");

    protected static readonly FactDefinition NoZhangjiangHighTechInput = FactDefinition.Flag(
        "noZhangjiangHighTechSupport", "未享受张江示范区的高新技术企业扶持政策", "Not receiving Zhangjiang high-tech support").OfEnterprise();
}

public sealed class Chapter5Topic2HighTechFirstCertification : Chapter5Topic2HighTechAward
{
    public const decimal AwardYuan = 200_000m;

    public override string Id => "jinshan-2025/5-2-high-tech-first";

    public override string TitleZh => "首次认定的高新技术企业奖励";

    public override string Quote => "（1）首次认定的“高新技术企业”，给予 20 万元奖励；";

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        JinshanPolicy.RegisteredInput,
        .. EnterpriseCertificates.Inputs,
        NoZhangjiangHighTechInput,
        FactDefinition.Flag("noCityHighTechCultivationFunding", "未获得上海市高新技术企业培育入库资助", "Not funded by the city's high-tech cultivation programme"),
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        First.Requires("jinshan-5-2-first", "在政策期内首次认定为高新技术企业", "First certified as a high-tech enterprise within the policy's period"),
        NoZhangjiangHighTech,
        Condition.Requires("noCityHighTechCultivationFunding", "jinshan-5-2-no-cultivation", "已获得上海市高新技术企业培育入库资助的企业不再享受首次认定奖励", "Enterprises funded by the city's cultivation programme get no first-certification award"),
        JinshanPolicy.Credit,
    ];

    private DerivedFact? _first;

    private DerivedFact First => _first ??= EnterpriseCertificates.FirstCertifiedIn("jinshanHighTechFirstCertified", Period, "首次认定的“高新技术企业”");

    public override IReadOnlyList<DerivedFact> Derived => [First];

    public override IReadOnlyList<string> NotCombinableWith => [JinshanPolicy.ZhangjiangHighTech, JinshanPolicy.CityHighTechCultivation];

    public override IReadOnlyList<Parameter> Parameters => [Param("award", AwardYuan)];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.FixedAward(AwardYuan, Citation);
}

public sealed class Chapter5Topic2HighTechRenewal : Chapter5Topic2HighTechAward
{
    public const decimal AwardYuan = 50_000m;

    public override string Id => "jinshan-2025/5-2-high-tech-renewal";

    public override string TitleZh => "有效期满重新认定的高新技术企业奖励";

    public override string Quote => "（2）有效期满重新认定的“高新技术企业”，给予 5 万元奖励。";

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        JinshanPolicy.RegisteredInput,
        .. EnterpriseCertificates.Inputs,
        NoZhangjiangHighTechInput,
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        Renewed.Requires("jinshan-5-2-renewed", "在政策期内有效期满重新认定通过的高新技术企业", "Re-certified on expiry within the policy's period"),
        NoZhangjiangHighTech,
        JinshanPolicy.Credit,
    ];

    private DerivedFact? _renewed;

    private DerivedFact Renewed => _renewed ??= EnterpriseCertificates.RenewedIn("jinshanHighTechRenewed", Period, "有效期满重新认定的“高新技术企业”");

    public override IReadOnlyList<DerivedFact> Derived => [Renewed];

    public override IReadOnlyList<string> NotCombinableWith => [JinshanPolicy.ZhangjiangHighTech];

    public override IReadOnlyList<Parameter> Parameters => [Param("award", AwardYuan)];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.FixedAward(AwardYuan, Citation);
}
