using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>关于支持企业科技创新组织体系建设实施细则 专题四 (免申即享): 100 % of the city's innovation-voucher subsidy.</summary>
public sealed class Chapter6Topic4InnovationVoucher : JinshanCityMatchingClause
{
    public override string Id => "jinshan-2025/6-4-innovation-voucher";

    public override string CityGrantKey => "innovationVoucherCityGrant";

    public override string Article => "关于支持企业科技创新组织体系建设实施细则 专题四";

    public override string TitleZh => "市科技创新券专项补贴配套";

    public override string Quote => "对获得市科技创新券专项（技术研发、检验检测、资源开放）补贴的企业，按市级部门资助金额的 100%给予配套。";

    public override ClaimMethod Claim => ClaimMethod.AutomaticEntitlement;

    public override IReadOnlyList<string> RequiredMaterials => ["免申即享：无需申报材料，依据市科技创新券补贴数据核定"];

    protected override decimal Rate => 1m;

    protected override string StatusKey => "cityInnovationVoucherSubsidy";

    protected override string StatusZh => "获得市科技创新券（技术研发、检验检测、资源开放）专项补贴";

    protected override string StatusEn => "Received the city's innovation-voucher subsidy";

    protected override string RateZh => "按市级部门资助金额的 100%给予配套";

    protected override string CodePrefix => "jinshan-6-4";
}
