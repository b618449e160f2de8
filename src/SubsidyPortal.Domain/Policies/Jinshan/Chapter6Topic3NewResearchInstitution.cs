using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持企业科技创新组织体系建设实施细则 专题三 (免申即享): 100 % of the city grant that follows the annual performance
/// evaluation. Each year's evaluation is its own matter.
/// </summary>
public sealed class Chapter6Topic3NewResearchInstitution : JinshanCityMatchingClause
{
    public override string Id => "jinshan-2025/6-3-new-research-institution";

    public override string CityGrantKey => "researchInstitutionCityGrant";

    public override string Article => "关于支持企业科技创新组织体系建设实施细则 专题三";

    public override string TitleZh => "市级新型研发机构配套";

    public override string Quote => "对市科技部门备案的新型研发机构，根据年度绩效评价结果，按市级部门资助金额的 100%给予配套。";

    public override ClaimMethod Claim => ClaimMethod.AutomaticEntitlement;

    public override IReadOnlyList<string> RequiredMaterials => ["免申即享：无需申报材料，依据市级备案与年度绩效评价资助数据核定"];

    protected override decimal Rate => 1m;

    protected override string StatusKey => "cityRegisteredNewResearchInstitution";

    protected override string StatusZh => "纳入市级（市科技部门备案）的新型研发机构";

    protected override string StatusEn => "A new-type R&D institution registered with the city";

    protected override string RateZh => "按市级部门资助金额的 100%给予配套";

    protected override string CodePrefix => "jinshan-6-3";
}
