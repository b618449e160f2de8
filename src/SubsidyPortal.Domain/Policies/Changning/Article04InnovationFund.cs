using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 4 条: "对市科委立项的市级创新资金项目，给予最高不超过 10 万元的匹配资金支持。" 就高不重复 with the district
/// innovation fund support (same kind of support, 第 14 条).
/// </summary>
public sealed class Article04CityInnovationFundMatching : ChangningClause
{
    public const decimal CeilingYuan = 100_000m;

    public override string Id => "changning-2024/4-city-innovation-fund-matching";

    public override string Article => "第 4 条";

    public override string TitleZh => "市级创新资金项目匹配支持";

    public override string Quote => "对市科委立项的市级创新资金项目，给予最高不超过 10 万元的匹配资金支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["营业执照复印件（加盖公章）", "市科委市级创新资金项目立项文件复印件（加盖公章）", "市级资助资金到账凭证复印件（加盖公章）"];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("cityInnovationFundApproved", "市科委立项的市级创新资金项目", "City innovation fund project approved by the Shanghai S&T Commission"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("cityInnovationFundApproved", "changning-4-city-fund-approved", "项目为市科委立项的市级创新资金项目", "The project is a city innovation fund project approved by the Shanghai S&T Commission"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("ceiling", CeilingYuan)];

    public override string? ExclusivityGroup => ChangningPolicy.InnovationFundGroup;

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}

/// <summary>第 4 条: "对经认定的区级创新资金项目，给予最高不超过 10 万元的资金支持。"</summary>
public sealed class Article04DistrictInnovationFund : ChangningClause
{
    public const decimal CeilingYuan = 100_000m;

    public override string Id => "changning-2024/4-district-innovation-fund";

    public override string Article => "第 4 条";

    public override string TitleZh => "区级创新资金项目支持";

    public override string Quote => "对经认定的区级创新资金项目，给予最高不超过 10 万元的资金支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["营业执照复印件（加盖公章）", "区级创新资金项目申报书", "区级创新资金项目认定文件复印件（加盖公章）"];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("districtInnovationFundRecognised", "经认定的区级创新资金项目", "Recognised district innovation fund project"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("districtInnovationFundRecognised", "changning-4-district-fund-recognised", "项目经认定为区级创新资金项目", "The project is recognised as a district innovation fund project"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("ceiling", CeilingYuan)];

    public override string? ExclusivityGroup => ChangningPolicy.InnovationFundGroup;

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}
