using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持企业科技创新组织体系建设实施细则 专题一: district engineering research centre 15 万 (on review and notice),
/// 5 万 for an "优秀" biennial re-review, and 50 万 / 100 万 on formally joining the city / national series.
/// </summary>
public sealed class Chapter6Topic1DistrictEngineeringCentre : JinshanClause
{
    public const decimal AwardYuan = 150_000m;
    public const decimal MinAverageRevenueYuan = 50_000_000m;
    public const decimal MinAnnualRdYuan = 3_000_000m;
    public const long MinSiteSquareMetres = 200;

    public override string Id => "jinshan-2025/6-1-district-engineering-centre";

    public override string Article => "关于支持企业科技创新组织体系建设实施细则 专题一";

    public override string TitleZh => "新增区级企业工程技术研究中心";

    public override string Quote => "经评审、公示通过的金山区企业工程技术研究中心，一次性给予 15 万元支持。";

    public override IReadOnlyList<string> RequiredMaterials => ["申请书", "相关佐证材料附件"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        JinshanPolicy.RegisteredInput,
        FactDefinition.Flag("engineeringCentrePassedReviewAndNotice", "经评审、公示通过", "Passed review and public notice"),
        FactDefinition.Flag("leadingTechnologyAndTeam", "技术水平在本行业领域内处于领先地位，有高水平的工程技术带头人和研发团队", "Leading technology with strong engineering leaders and team"),
        FactDefinition.Count("rdSiteArea", "平方米", "独立的研发场所面积", "Area of the independent R&D site"),
        FactDefinition.Flag("testingEquipment", "具有必要的检测、分析、测试手段和工艺设备", "Has the necessary testing and process equipment"),
        EnterpriseYearFacts.RevenueEarlierOfTwoYears,
        EnterpriseYearFacts.RevenueLaterOfTwoYears,
        EnterpriseYearFacts.RdSpendEarlierOfTwoYears,
        EnterpriseYearFacts.RdSpendLaterOfTwoYears,
        FactDefinition.Flag("soundManagement", "工程技术研究中心有合理的管理体制和运行机制", "Sound management and operating mechanism"),
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        Condition.Requires("engineeringCentrePassedReviewAndNotice", "jinshan-6-1-reviewed", "经评审、公示通过", "Passed review and public notice"),
        Condition.Requires("leadingTechnologyAndTeam", "jinshan-6-1-leading", "技术水平领先，有高水平带头人和研发团队", "Leading technology and team"),
        JinshanPolicy.CountAtLeast("rdSiteArea", MinSiteSquareMetres, "jinshan-6-1-site", "有不少于 200 平方米独立的研发场所", "An independent R&D site of at least 200 m²"),
        Condition.Requires("testingEquipment", "jinshan-6-1-equipment", "具有必要的检测、分析、测试手段和工艺设备", "Has the necessary testing equipment"),
        new("jinshan-6-1-revenue", "近两年主营业务收入平均达到 5000 万元", "Average revenue over two years at least 50 million yuan",
            f => f.Money("revenueYear1") is { } a && f.Money("revenueYear2") is { } b ? (a + b) / 2 >= MinAverageRevenueYuan : null),
        new("jinshan-6-1-rd", "近两年研发投入占主营业务收入的 3%以上或每年不低于 300 万元", "Two years' R&D at least 3 % of revenue, or at least 3 million yuan each year",
            f => f.Money("revenueYear1") is { } a && f.Money("revenueYear2") is { } b && f.Money("rdSpendYear1") is { } r1 && f.Money("rdSpendYear2") is { } r2
                ? r1 + r2 >= 0.03m * (a + b) || (r1 >= MinAnnualRdYuan && r2 >= MinAnnualRdYuan)
                : null),
        Condition.Requires("soundManagement", "jinshan-6-1-management", "有合理的管理体制和运行机制", "Sound management"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters =>
        [Param("award", AwardYuan), Param("minAverageRevenue", MinAverageRevenueYuan), Param("minRdShare", 0.03m, "比例"), Param("minAnnualRd", MinAnnualRdYuan), Param("minSite", MinSiteSquareMetres, "平方米")];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.FixedAward(AwardYuan, Citation);
}

/// <summary>复审结果为"优秀": 5 万. Each two-year review cycle is its own matter (name it in the matter key).</summary>
public sealed class Chapter6Topic1EngineeringCentreReviewExcellent : JinshanClause
{
    public const decimal AwardYuan = 50_000m;

    public override string Id => "jinshan-2025/6-1-engineering-centre-review-excellent";

    public override string Article => "关于支持企业科技创新组织体系建设实施细则 专题一";

    public override string TitleZh => "区工程技术研究中心复审优秀";

    public override string Quote => "对复审结果为“优秀”的，给予 5 万元支持。";

    public override IReadOnlyList<string> RequiredMaterials => ["复审申请书", "相关佐证材料附件"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        JinshanPolicy.RegisteredInput,
        FactDefinition.Flag("reviewedExcellent", "区工程技术研究中心定期复审结果为“优秀”", "District centre rated excellent at its periodic review"),
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        Condition.Requires("reviewedExcellent", "jinshan-6-1-excellent", "复审结果为“优秀”（“一般”“整改”不予支持）", "Rated excellent at review (not ordinary or rectify)"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("award", AwardYuan), Param("reviewCycle", 2, "年")];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.FixedAward(AwardYuan, Citation);
}

/// <summary>正式列入国家 / 上海市工程技术研究中心序列: 100 万 / 50 万 one-off.</summary>
public abstract class Chapter6Topic1SeriesEngineeringCentre : JinshanClause
{
    protected abstract decimal AwardYuan { get; }

    protected abstract string LevelKey { get; }

    protected abstract string LevelZh { get; }

    protected abstract string LevelEn { get; }

    public override string Article => "关于支持企业科技创新组织体系建设实施细则 专题一";

    public override string Quote => "对正式列入国家、上海市工程技术研究中心序列的，分别给予 100 万元、50 万元一次性奖励。";

    public override IReadOnlyList<string> RequiredMaterials => ["申请书", "列入工程技术研究中心序列的认定文件", "相关佐证材料附件"];

    public override IReadOnlyList<FactDefinition> Inputs =>
        [JinshanPolicy.RegisteredInput, FactDefinition.Flag(LevelKey, LevelZh, LevelEn), JinshanPolicy.CreditInput];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        Condition.Requires(LevelKey, $"jinshan-6-1-{LevelKey}", LevelZh, LevelEn),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("award", AwardYuan)];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.FixedAward(AwardYuan, Citation);
}

public sealed class Chapter6Topic1NationalEngineeringCentre : Chapter6Topic1SeriesEngineeringCentre
{
    public override string Id => "jinshan-2025/6-1-national-engineering-centre";

    public override string TitleZh => "新增国家级企业工程技术研究中心";

    protected override decimal AwardYuan => 1_000_000m;

    protected override string LevelKey => "nationalSeries";

    protected override string LevelZh => "正式列入国家工程技术研究中心序列";

    protected override string LevelEn => "Formally listed as a national engineering technology research centre";
}

public sealed class Chapter6Topic1CityEngineeringCentre : Chapter6Topic1SeriesEngineeringCentre
{
    public override string Id => "jinshan-2025/6-1-city-engineering-centre";

    public override string TitleZh => "新增市级企业工程技术研究中心";

    protected override decimal AwardYuan => 500_000m;

    protected override string LevelKey => "citySeries";

    protected override string LevelZh => "正式列入上海市工程技术研究中心序列";

    protected override string LevelEn => "Formally listed as a Shanghai engineering technology research centre";
}
