using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持生物医药产业创新发展实施细则 专题六 支持技术公共服务平台: 10 % of the fixed-asset investment, 择优 up to 500 万,
/// for (1) important service platforms and (2) major platforms co-funded with top scientists' teams.
/// Applicants may also be 事业单位、社会团体 (支持对象 (1)), so the biomedical-enterprise condition reads "biomedical or
/// medical-device business" and no tax condition applies.
/// </summary>
public abstract class Chapter2Topic6Platform : JinshanClause
{
    public const decimal Rate = 0.10m;
    public const decimal CapYuan = 5_000_000m;

    protected abstract string KindKey { get; }

    protected abstract string KindZh { get; }

    protected abstract string KindEn { get; }

    public override string Article => "关于支持生物医药产业创新发展实施细则 专题六";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "金山区生物医药产业发展专项资金申请表-公共服务平台", "平台项目备案/核准、土地/房产等证明材料（复印件）", "平台服务设施或设备仪器清单", "平台管理办法、规章制度",
        "固定资产投资第三方审计报告（原件核验，提交复印件）", "部分服务合同、发票（复印件）", "其他需要提供的佐证材料",
    ];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedInnovatorInputs,
        FactDefinition.Flag("platformVerifiedAndOperating", "投资建设专业技术公共服务平台，通过固定资产核验，且已正式运营", "Platform built, fixed assets verified, formally operating"),
        FactDefinition.Flag(KindKey, KindZh, KindEn),
        FactDefinition.Money("fixedAssetInvestment", "项目固定资产投资额", "Fixed-asset investment of the project"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedInnovator,
        Condition.Requires("platformVerifiedAndOperating", "jinshan-2-6-operating", "通过固定资产核验，且已正式运营", "Fixed assets verified and formally operating"),
        Condition.Requires(KindKey, $"jinshan-2-6-{KindKey}", KindZh, KindEn),
        JinshanPolicy.Positive("fixedAssetInvestment", "jinshan-2-6-investment", "项目固定资产投资额大于零", "Fixed-asset investment above zero"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("rate", Rate, "比例"), Param("cap", CapYuan)];

    public override AmountResult? Amount(Facts facts) => facts.Money("fixedAssetInvestment") is { } inv
        ? AmountCalculation.Of(AmountKind.Ceiling).Base("项目固定资产投资额", inv, Citation).Rate(Rate, "按照项目固定资产投资额的 10%", Citation).Cap(CapYuan, "择优最高给予 500 万元", Citation).Round()
        : null;
}

public sealed class Chapter2Topic6ServicePlatform : Chapter2Topic6Platform
{
    public override string Id => "jinshan-2025/2-6-service-platform";

    public override string TitleZh => "重要服务平台项目建设";

    public override string Quote => "支持生物医药第三方检测服务、实验动物服务、合同研发、药物筛选、药理毒理研究等重要服务平台项目建设，经认定后，按照项目固定资产投资额的 10%，择优最高给予 500 万元支持；";

    protected override string KindKey => "importantServicePlatform";

    protected override string KindZh => "经认定的第三方检测、实验动物、合同研发、药物筛选、药理毒理研究等重要服务平台";

    protected override string KindEn => "Recognised third-party testing, laboratory-animal, CRO, screening or toxicology platform";
}

public sealed class Chapter2Topic6CoFundedPlatform : Chapter2Topic6Platform
{
    public override string Id => "jinshan-2025/2-6-co-funded-platform";

    public override string TitleZh => "与顶尖科学家团队共同出资建设的重大平台";

    public override string Quote => "对共同出资建设形成的合成生物学平台、临床样本资源库、数据中心等重大平台，经认定后，按照项目固定资产投资额的 10%，择优最高给予 500 万元支持。";

    protected override string KindKey => "coFundedMajorPlatform";

    protected override string KindZh => "经认定的与高校、医院、研发机构顶尖科学家团队共同出资建设的合成生物学平台、临床样本资源库、数据中心等重大平台";

    protected override string KindEn => "Recognised major platform co-funded with top scientists of universities, hospitals or institutes";
}
