using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 12 条: 根据高质量（培育）孵化器建设总投入给予启动建设经费支持. The text names the basis (建设总投入) but no figure,
/// ratio or cap, so the committee's decided amount is an input (Fixed); the investment is asked for as the basis.
/// </summary>
public sealed class Article12IncubatorStartUpFunds : ChangningClause
{
    public override string DecidedAmountKey => "incubatorStartUpDecidedFunds";

    public const string InvestmentKey = "incubatorConstructionInvestment";

    public override string Id => "changning-2024/12-incubator-start-up-funds";

    public override string Article => "第 12 条";

    public override string TitleZh => "高质量（培育）孵化器启动建设经费支持";

    public override string Quote => "鼓励建设上海市高质量孵化器，根据高质量（培育）孵化器建设总投入给予高质量（培育）孵化器启动建设经费支持";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "上海市高质量（培育）孵化器认定文件复印件（加盖公章）",
        "孵化器建设方案",
        "建设总投入的专项审计报告及投入凭证复印件（加盖公章）",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("highQualityIncubator", "上海市高质量（培育）孵化器", "A Shanghai high-quality (cultivation) incubator"),
        FactDefinition.Money(InvestmentKey, "高质量（培育）孵化器建设总投入", "Total construction investment in the incubator"),
        CommitteeDecidedAmountInput,
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("highQualityIncubator", "changning-12-high-quality-incubator", "上海市高质量（培育）孵化器", "A Shanghai high-quality (cultivation) incubator"),
        Positive(InvestmentKey, "changning-12-construction-investment", "有经核定的建设总投入（启动建设经费的依据）", "There is an audited construction investment (the basis of the start-up funds)"),
    ];

    public override AmountResult? Amount(Facts facts) =>
        facts.Has(InvestmentKey) ? CommitteeDecided(facts, "条款未规定金额或比例：区科委根据建设总投入确定的启动建设经费") : null;
}

/// <summary>
/// 第 12 条: 根据高质量（培育）孵化器年度运营总体投入给予年度运营补贴. Basis named, no figure, ratio or cap: the
/// committee's decided amount is an input (Fixed).
/// </summary>
public sealed class Article12IncubatorOperatingSubsidy : ChangningClause
{
    public override string DecidedAmountKey => "incubatorOperatingDecidedSubsidy";

    public const string InvestmentKey = "incubatorAnnualOperatingInvestment";

    public override string Id => "changning-2024/12-incubator-operating-subsidy";

    public override string Article => "第 12 条";

    public override string TitleZh => "高质量（培育）孵化器年度运营补贴";

    public override string Quote => "根据高质量（培育）孵化器年度运营总体投入给予高质量（培育）孵化器年度运营补贴";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "上海市高质量（培育）孵化器认定文件复印件（加盖公章）",
        "年度运营报告",
        "年度运营总体投入的专项审计报告（加盖公章）",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("highQualityIncubator", "上海市高质量（培育）孵化器", "A Shanghai high-quality (cultivation) incubator"),
        FactDefinition.Money(InvestmentKey, "高质量（培育）孵化器年度运营总体投入", "The incubator's total operating investment this year"),
        CommitteeDecidedAmountInput,
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("highQualityIncubator", "changning-12-high-quality-incubator", "上海市高质量（培育）孵化器", "A Shanghai high-quality (cultivation) incubator"),
        Positive(InvestmentKey, "changning-12-operating-investment", "有经核定的年度运营总体投入（年度运营补贴的依据）", "There is an audited yearly operating investment (the basis of the subsidy)"),
    ];

    public override AmountResult? Amount(Facts facts) =>
        facts.Has(InvestmentKey) ? CommitteeDecided(facts, "条款未规定金额或比例：区科委根据年度运营总体投入确定的运营补贴") : null;
}

/// <summary>
/// 第 12 条: 运行良好的高质量（培育）孵化器绩效评价后奖励，在市级奖励资助基础上给予配套支持. No figure or ratio: a
/// ceiling equal to the city award (interpretation of 配套). 就高不重复 with the district carrier performance awards.
/// </summary>
public sealed class Article12IncubatorPerformanceMatching : ChangningClause
{
    public const string CityAwardKey = "cityIncubatorAwardAmount";

    public override string Id => "changning-2024/12-incubator-performance-matching";

    public override string Article => "第 12 条";

    public override string TitleZh => "高质量（培育）孵化器绩效奖励配套支持";

    public override string Quote => "对于运行良好的高质量（培育）孵化器，进行绩效评价后奖励，在市级奖励资助基础上，给予配套支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "上海市高质量（培育）孵化器认定文件复印件（加盖公章）",
        "市级绩效评价结果及奖励资助文件复印件（加盖公章）",
        "市级奖励资金到账凭证复印件（加盖公章）",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("highQualityIncubator", "上海市高质量（培育）孵化器", "A Shanghai high-quality (cultivation) incubator"),
        FactDefinition.Flag("incubatorOperatingWellAfterEvaluation", "运行良好，已通过绩效评价", "Operating well, and has passed the performance evaluation"),
        FactDefinition.Money(CityAwardKey, "市级奖励资助金额", "City-level award amount"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("highQualityIncubator", "changning-12-high-quality-incubator", "上海市高质量（培育）孵化器", "A Shanghai high-quality (cultivation) incubator"),
        Condition.Requires("incubatorOperatingWellAfterEvaluation", "changning-12-operating-well", "运行良好，已通过绩效评价", "Operating well, and has passed the performance evaluation"),
        Positive(CityAwardKey, "changning-12-city-award-positive", "已获市级奖励资助（配套的前提）", "Has a city-level award (there is something to match)"),
    ];

    public override string? ExclusivityGroup => ChangningPolicy.CarrierPerformanceGroup;

    public override AmountResult? Amount(Facts facts) => MatchingCeiling(facts, CityAwardKey, "市级奖励资助金额");
}

/// <summary>
/// 第 12 条 科技园区、创新创业载体绩效评估奖励政策: 通过区级年度绩效评估的载体，按类型有不同的上限. One subclass per
/// carrier type; all share the carrier performance 就高不重复 group.
/// </summary>
public abstract class Article12CarrierPerformanceAward : ChangningClause
{
    public const string EvaluationKey = "passedDistrictAnnualCarrierEvaluation";

    public override string Article => "第 12 条";

    public override string Quote =>
        "对通过区级年度绩效评估的科技园区、创新创业载体，给予相应的资金支持。其中，大学科技园最高不超过 300 万元，科技园区最高不超过200 万元，科技企业孵化器和众创空间最高不超过 100 万元。";

    public abstract decimal CeilingYuan { get; }

    /// <summary>The flag saying the applicant is this type of carrier.</summary>
    protected abstract FactDefinition CarrierType { get; }

    protected abstract string CarrierCode { get; }

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "载体认定或备案文件复印件（加盖公章）",
        "年度工作总结及区级年度绩效评估材料",
        "区级年度绩效评估结果通知复印件",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        CarrierType,
        FactDefinition.Flag(EvaluationKey, "通过区级年度绩效评估", "Passed the district's annual performance evaluation"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires(CarrierType.Key, CarrierCode, CarrierType.LabelZh, CarrierType.LabelEn),
        Condition.Requires(EvaluationKey, "changning-12-district-evaluation-passed", "通过区级年度绩效评估", "Passed the district's annual performance evaluation"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("ceiling", CeilingYuan)];

    public override string? ExclusivityGroup => ChangningPolicy.CarrierPerformanceGroup;

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}

/// <summary>第 12 条: "大学科技园最高不超过 300 万元".</summary>
public sealed class Article12UniversitySciencePark : Article12CarrierPerformanceAward
{
    public override string Id => "changning-2024/12-university-science-park";

    public override string TitleZh => "大学科技园区级年度绩效评估奖励";

    public override decimal CeilingYuan => 3_000_000m;

    protected override FactDefinition CarrierType =>
        FactDefinition.Flag("isUniversitySciencePark", "申报单位为大学科技园", "The applicant is a university science park");

    protected override string CarrierCode => "changning-12-university-science-park";
}

/// <summary>第 12 条: "科技园区最高不超过 200 万元".</summary>
public sealed class Article12SciencePark : Article12CarrierPerformanceAward
{
    public override string Id => "changning-2024/12-science-park";

    public override string TitleZh => "科技园区区级年度绩效评估奖励";

    public override decimal CeilingYuan => 2_000_000m;

    protected override FactDefinition CarrierType =>
        FactDefinition.Flag("isSciencePark", "申报单位为科技园区", "The applicant is a science park");

    protected override string CarrierCode => "changning-12-science-park";
}

/// <summary>第 12 条: "科技企业孵化器和众创空间最高不超过 100 万元".</summary>
public sealed class Article12IncubatorOrMakerSpace : Article12CarrierPerformanceAward
{
    public override string Id => "changning-2024/12-incubator-or-maker-space";

    public override string TitleZh => "科技企业孵化器和众创空间区级年度绩效评估奖励";

    public override decimal CeilingYuan => 1_000_000m;

    protected override FactDefinition CarrierType =>
        FactDefinition.Flag("isIncubatorOrMakerSpace", "申报单位为科技企业孵化器或众创空间", "The applicant is a tech incubator or a maker space");

    protected override string CarrierCode => "changning-12-incubator-or-maker-space";
}
