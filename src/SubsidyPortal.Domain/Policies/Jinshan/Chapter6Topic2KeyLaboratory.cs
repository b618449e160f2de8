using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持企业科技创新组织体系建设实施细则 专题二 (免申即享): 1:1 of the city grant, at most 500 万. The biomedical
/// 实施细则's 政策内容 repeats this support for key laboratories; it has no 专题 of its own there, so it is encoded once, here.
/// </summary>
public sealed class Chapter6Topic2KeyLaboratory : JinshanCityMatchingClause
{
    public override string Id => "jinshan-2025/6-2-key-laboratory";

    public override string CityGrantKey => "keyLaboratoryCityGrant";

    public override string Article => "关于支持企业科技创新组织体系建设实施细则 专题二";

    public override string TitleZh => "国家级、市级重点实验室配套";

    public override string Quote => "获得国家级、市级重点实验室认证的，按市级部门的资助金额由区财政安排给予 1:1 资助金额配套，最高给予500 万元支持。";

    public override ClaimMethod Claim => ClaimMethod.AutomaticEntitlement;

    public override IReadOnlyList<string> RequiredMaterials => ["免申即享：无需申报材料，依据认证与市级资助数据核定"];

    protected override decimal Rate => 1m;

    protected override decimal? CapYuan => 5_000_000m;

    protected override string StatusKey => "certifiedKeyLaboratory";

    protected override string StatusZh => "获得国家级、市级重点实验室认证";

    protected override string StatusEn => "Certified as a state or city key laboratory";

    protected override string RateZh => "1:1 资助金额配套";

    protected override string CodePrefix => "jinshan-6-2";
}
