using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>第 1 条 支持开展硬核技术攻关: 符合产业导向且取得一定成果的技术研发项目，经综合评估，最高不超过 300 万元。</summary>
public sealed class Article01CoreTechnology : ChangningClause
{
    public const decimal CeilingYuan = 3_000_000m;

    public override string Id => "changning-2024/1-core-technology";

    public override string Article => "第 1 条";

    public override string TitleZh => "支持开展硬核技术攻关";

    public override string Quote =>
        "鼓励企业针对关键技术、共性技术等硬核技术开展攻关并应用，对符合产业导向且取得一定成果的技术研发项目，经综合评估，给予企业最高不超过 300 万元的支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "营业执照复印件（加盖公章）",
        "技术研发项目申报书（含关键技术、共性技术攻关内容及应用情况）",
        "项目成果证明材料（专利、检测报告、应用证明等，加盖公章）",
        "项目投入的财务凭证或专项审计报告",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("coreTechProjectAlignedWithIndustry", "技术研发项目符合产业导向", "The R&D project fits the district's industrial direction"),
        FactDefinition.Flag("coreTechProjectHasResults", "技术研发项目已取得一定成果", "The R&D project has achieved results"),
        FactDefinition.Flag("coreTechComprehensiveAssessmentPassed", "经综合评估予以支持", "Supported after the comprehensive assessment"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("coreTechProjectAlignedWithIndustry", "changning-1-industry-direction", "技术研发项目符合产业导向", "The R&D project fits the industrial direction"),
        Condition.Requires("coreTechProjectHasResults", "changning-1-results", "技术研发项目取得一定成果", "The R&D project has achieved results"),
        Condition.Requires("coreTechComprehensiveAssessmentPassed", "changning-1-assessment", "经综合评估予以支持", "Supported after the comprehensive assessment"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("ceiling", CeilingYuan)];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}
