using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持生物医药产业创新发展实施细则 专题一 支持重大创新产品研发上市: 100 % of the state or city grant, at most
/// 1000 万. The 政策内容 says "择优给予最高 1000 万元配套资金支持", so the result is a ceiling the committee decides under.
/// </summary>
public sealed class Chapter2Topic1MajorInnovativeDrug : JinshanClause
{
    public const decimal CapYuan = 10_000_000m;

    public override string Id => "jinshan-2025/2-1-major-innovative-drug";

    public override string CityGrantKey => "innovativeDrugGrant";

    public override string Article => "关于支持生物医药产业创新发展实施细则 专题一";

    public override string TitleZh => "支持重大创新产品研发上市";

    public override string Quote => "对获得国家、市级科技重大专项的创新药，按国家或市级部门资助金额的 100%给予配套，最高给予 1000 万元支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["金山区生物医药产业发展专项资金申请表-重大创新产品", "新药证书、药品注册批件相关材料（复印件）", "申报单位获得国家、市级科技重大专项证明材料（复印件）", "申报单位前 2 个自然年度财务审计报告（复印件）", "其他需要提供的佐证材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedInnovatorInputs,
        FactDefinition.Flag("newDrugCertificateAndApproval", "限定期间内获得新药证书和药品注册批件", "New-drug certificate and registration approval obtained in the period"),
        FactDefinition.Flag("majorSpecialProjectDrug", "属于国家、市级科技重大专项的创新药", "An innovative drug of a state or city major S&T project"),
        FactDefinition.Flag("marketingAuthorisationInJinshan", "在本区取得药品上市许可并实现生产销售", "Marketing authorisation, production and sales in Jinshan"),
        CityGrantInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedInnovator,
        Condition.Requires("newDrugCertificateAndApproval", "jinshan-2-1-approval", "限定期间内获得新药证书和药品注册批件", "New-drug certificate and registration approval obtained"),
        Condition.Requires("majorSpecialProjectDrug", "jinshan-2-1-major-project", "研发上市药品属于国家、市级科技重大专项的创新药", "The drug is an innovative drug of a state or city major project"),
        Condition.Requires("marketingAuthorisationInJinshan", "jinshan-2-1-made-here", "在本区取得药品上市许可并实现生产销售", "Authorised, made and sold in Jinshan"),
        CityGrantPositive("jinshan-2-1-grant"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("matchingRate", 1m, "比例"), Param("cap", CapYuan)];

    public override AmountResult? Amount(Facts facts) =>
        Matching(facts, 1m, "按国家或市级部门资助金额的 100%给予配套", AmountKind.Ceiling, CapYuan);
}
