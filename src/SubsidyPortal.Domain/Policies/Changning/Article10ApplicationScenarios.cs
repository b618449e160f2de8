using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>第 10 条 鼓励创新应用场景开放: 给予建设单位最高不超过 150 万元资金支持.</summary>
public sealed class Article10ApplicationScenarios : ChangningClause
{
    public const decimal CeilingYuan = 1_500_000m;

    public override string Id => "changning-2024/10-application-scenarios";

    public override string Article => "第 10 条";

    public override string TitleZh => "创新应用场景建设支持";

    public override string Quote =>
        "鼓励本区各类单位开放创新应用场景，对本区域内单位参与建设，经济社会效益、推广价值和示范效应良好的项目，经认定符合条件的，给予建设单位最高不超过 150 万元资金支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "营业执照复印件（加盖公章）",
        "创新应用场景项目建设方案及建设合同复印件（加盖公章）",
        "项目经济社会效益、推广价值和示范效应说明及佐证材料",
    ];

    private DerivedFact? _districtBuilt;

    /// <summary>
    /// "对本区域内单位参与建设……的项目……给予建设单位": the support goes to the builder, and a builder that is itself a
    /// Changning unit (set up or operating here, 第 13 条, from the profile) is the district's participation the text asks.
    /// </summary>
    private DerivedFact DistrictBuilt => _districtBuilt ??= new(
        "changningScenarioBuiltByDistrictUnit", "由本区域内单位（申报单位）参与建设", "Built with a unit in the district (the applicant)",
        ["applicantIsScenarioBuilder", "inChangning"],
        "对本区域内单位参与建设……的项目", FactEntity.Project,
        f => Condition.All(f.Flag("applicantIsScenarioBuilder"), f.Flag("inChangning")));

    public override IReadOnlyList<DerivedFact> Derived => [DistrictBuilt];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("applicantIsScenarioBuilder", "申报单位为项目建设单位", "The applicant is the project's builder"),
        FactDefinition.Flag("scenarioBenefitsGood", "经济社会效益、推广价值和示范效应良好", "Good economic and social benefits, replicability and demonstration effect"),
        FactDefinition.Flag("scenarioRecognised", "经认定符合条件", "Recognised as eligible"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        DistrictBuilt.Requires("changning-10-district-participation", "本区域内单位参与建设的创新应用场景项目", "A scenario project built with units in the district"),
        Condition.Requires("applicantIsScenarioBuilder", "changning-10-builder", "申报单位为项目建设单位", "The applicant is the project's builder"),
        Condition.Requires("scenarioBenefitsGood", "changning-10-benefits", "经济社会效益、推广价值和示范效应良好", "Good benefits, replicability and demonstration effect"),
        Condition.Requires("scenarioRecognised", "changning-10-recognised", "经认定符合条件", "Recognised as eligible"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("ceiling", CeilingYuan)];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}
