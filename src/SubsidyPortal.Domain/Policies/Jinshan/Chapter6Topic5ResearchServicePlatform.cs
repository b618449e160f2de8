using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>关于支持企业科技创新组织体系建设实施细则 专题五 (免申即享): 30 % of the city's grant to a member of the city R&amp;D service platform.</summary>
public sealed class Chapter6Topic5ResearchServicePlatform : JinshanCityMatchingClause
{
    public override string Id => "jinshan-2025/6-5-research-service-platform";

    public override string CityGrantKey => "researchServicePlatformCityGrant";

    public override string Article => "关于支持企业科技创新组织体系建设实施细则 专题五";

    public override string TitleZh => "加盟市研发公共服务平台配套";

    public override string Quote => "对加盟市研发公共服务平台并提供共享服务的企业，按市级部门资助金额的 30%给予配套。";

    public override ClaimMethod Claim => ClaimMethod.AutomaticEntitlement;

    public override IReadOnlyList<string> RequiredMaterials => ["免申即享：无需申报材料，依据市研发公共服务平台资助数据核定"];

    protected override decimal Rate => 0.30m;

    protected override string StatusKey => "cityResearchPlatformMemberSharing";

    protected override string StatusZh => "加盟市研发公共服务平台并提供共享服务";

    protected override string StatusEn => "Member of the city R&D service platform, providing shared services";

    protected override string RateZh => "按市级部门资助金额的 30%给予配套";

    protected override string CodePrefix => "jinshan-6-5";
}
