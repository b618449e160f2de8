using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 3 条: "对市级小巨人（培育）工程项目，给予匹配资金支持。" No figure or ratio: a ceiling equal to the city grant
/// (interpretation of 匹配). 就高不重复 with the district Little Giant support (same kind of support, 第 14 条).
/// </summary>
public sealed class Article03CityLittleGiantMatching : ChangningClause
{
    public const string GrantKey = "cityLittleGiantGrantAmount";

    public override string Id => "changning-2024/3-city-little-giant-matching";

    public override string Article => "第 3 条";

    public override string TitleZh => "市级小巨人（培育）工程项目匹配支持";

    public override string Quote => "对市级小巨人（培育）工程项目，给予匹配资金支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "营业执照复印件（加盖公章）",
        "市级小巨人（培育）工程项目立项文件复印件（加盖公章）",
        "市级资助资金到账凭证复印件（加盖公章）",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("cityLittleGiantProjectApproved", "获得市级小巨人（培育）工程项目立项", "Approved as a city-level Tech Little Giant (cultivation) project"),
        FactDefinition.Money(GrantKey, "市级小巨人（培育）工程项目资助金额", "City Little Giant project grant amount"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("cityLittleGiantProjectApproved", "changning-3-city-little-giant", "获得市级小巨人（培育）工程项目立项", "Approved as a city-level Tech Little Giant (cultivation) project"),
        Positive(GrantKey, "changning-3-city-grant-positive", "市级资助金额大于零（匹配的前提）", "The city grant is above zero (there is something to match)"),
    ];

    public override string? ExclusivityGroup => ChangningPolicy.LittleGiantGroup;

    public override AmountResult? Amount(Facts facts) => MatchingCeiling(facts, GrantKey, "市级小巨人（培育）工程项目资助金额");
}

/// <summary>第 3 条: "对区级小巨人培育企业给予最高不超过 50 万元的支持。"</summary>
public sealed class Article03DistrictLittleGiant : ChangningClause
{
    public const decimal CeilingYuan = 500_000m;

    public override string Id => "changning-2024/3-district-little-giant";

    public override string Article => "第 3 条";

    public override string TitleZh => "区级小巨人培育企业支持";

    public override string Quote => "对区级小巨人培育企业给予最高不超过 50 万元的支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["营业执照复印件（加盖公章）", "区级小巨人培育企业认定文件复印件（加盖公章）", "培育期工作计划及完成情况"];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("districtLittleGiantCultivation", "经认定为区级小巨人培育企业", "Recognised as a district Tech Little Giant cultivation enterprise").OfEnterprise(FactSource.Profile),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("districtLittleGiantCultivation", "changning-3-district-little-giant", "经认定为区级小巨人培育企业", "Recognised as a district Tech Little Giant cultivation enterprise"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("ceiling", CeilingYuan)];

    public override string? ExclusivityGroup => ChangningPolicy.LittleGiantGroup;

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}
