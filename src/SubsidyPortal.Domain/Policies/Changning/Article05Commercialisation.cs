using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 5 条 创新成果转化和产业化政策: 高校科研院所与单位合作开展技术攻关项目并实现产业化，经评审认定符合条件的，
/// 给予项目承担单位最高不超过 150 万元的后补贴支持.
/// </summary>
public sealed class Article05Commercialisation : ChangningClause
{
    public const decimal CeilingYuan = 1_500_000m;

    public override string Id => "changning-2024/5-commercialisation";

    public override string Article => "第 5 条";

    public override string TitleZh => "高校科研院所科技成果转化和产业化后补贴";

    public override string Quote =>
        "鼓励高校科研院所科技成果转化，对高校科研院所与单位合作开展技术攻关项目并实现产业化的，经评审认定符合条件的，给予项目承担单位最高不超过150 万元的后补贴支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "营业执照复印件（加盖公章）",
        "与高校或科研院所签订的合作协议复印件（加盖公章）",
        "项目实现产业化的证明材料（销售合同、发票等）",
        "项目投入的专项审计报告",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("universityCooperationProject", "与高校科研院所合作开展技术攻关项目", "A technology project carried out jointly with a university or research institute"),
        FactDefinition.Flag("projectIndustrialised", "项目已实现产业化", "The project has been industrialised"),
        FactDefinition.Flag("applicantIsProjectUndertaker", "申报单位为项目承担单位", "The applicant undertakes the project"),
        FactDefinition.Flag("commercialisationReviewPassed", "经评审认定符合条件", "Found eligible by the review"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("universityCooperationProject", "changning-5-university-cooperation", "与高校科研院所合作开展技术攻关项目", "A technology project carried out jointly with a university or research institute"),
        Condition.Requires("projectIndustrialised", "changning-5-industrialised", "项目已实现产业化", "The project has been industrialised"),
        Condition.Requires("applicantIsProjectUndertaker", "changning-5-undertaker", "申报单位为项目承担单位", "The applicant undertakes the project"),
        Condition.Requires("commercialisationReviewPassed", "changning-5-review", "经评审认定符合条件", "Found eligible by the review"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("ceiling", CeilingYuan)];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}
