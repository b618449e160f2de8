using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 7 条 first sentence: functional platforms contributing to 成果转化、孵化、集聚 get "一定资金支持" each year by
/// their performance evaluation. The text gives no figure, cap or grant to match, so the committee's decided
/// amount is an input (Fixed), never a number the portal invents.
/// </summary>
public sealed class Article07FunctionalPlatform : ChangningClause
{
    public override string DecidedAmountKey => "functionalPlatformDecidedAmount";

    public override string Id => "changning-2024/7-functional-platform";

    public override string Article => "第 7 条";

    public override string TitleZh => "功能性平台年度绩效支持";

    public override string Quote => "重点对在推动科技成果转化与科技企业孵化、科技企业集聚等方面做出贡献的单位，每年根据绩效评估结果给予一定资金支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "营业执照或登记证书复印件（加盖公章）",
        "年度工作总结（科技成果转化、科技企业孵化、科技企业集聚等方面的贡献）",
        "年度绩效评估材料及佐证（加盖公章）",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("contributedToTransferIncubationOrClustering", "在推动科技成果转化、科技企业孵化、科技企业集聚等方面做出贡献", "Contributed to technology transfer, start-up incubation or clustering of tech firms"),
        FactDefinition.Flag("platformPerformanceEvaluated", "已完成年度绩效评估", "This year's performance evaluation is done"),
        CommitteeDecidedAmountInput,
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("contributedToTransferIncubationOrClustering", "changning-7-platform-contribution", "在推动科技成果转化与科技企业孵化、科技企业集聚等方面做出贡献", "Contributed to technology transfer, incubation or clustering"),
        Condition.Requires("platformPerformanceEvaluated", "changning-7-platform-evaluated", "每年根据绩效评估结果给予支持：已完成年度绩效评估", "Support follows the yearly performance evaluation, which is done"),
    ];

    public override AmountResult? Amount(Facts facts) =>
        CommitteeDecided(facts, "条款未规定金额：区科委根据年度绩效评估结果确定的金额");
}

/// <summary>第 7 条 second sentence: new R&amp;D institutes, 择优 by yearly performance, 最高不超过 250 万元.</summary>
public sealed class Article07NewRdInstitute : ChangningClause
{
    public const decimal CeilingYuan = 2_500_000m;

    public override string Id => "changning-2024/7-new-rd-institute";

    public override string Article => "第 7 条";

    public override string TitleZh => "新型研发机构年度绩效择优支持";

    public override string Quote => "鼓励重点企业创办或联合高校和科研院所等设立新型研发机构，根据年度绩效评价成绩，择优给予支持，最高不超过 250 万元。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "新型研发机构登记证书或营业执照复印件（加盖公章）",
        "重点企业创办或与高校、科研院所联合设立的协议或证明（加盖公章）",
        "年度绩效评价材料（加盖公章）",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("newRdInstituteByKeyEnterprise", "重点企业创办或联合高校和科研院所等设立的新型研发机构", "A new R&D institute set up by a key enterprise, alone or with universities and research institutes"),
        FactDefinition.Flag("newRdInstituteSelectedOnPerformance", "根据年度绩效评价成绩择优入选", "Selected on the yearly performance evaluation score"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("newRdInstituteByKeyEnterprise", "changning-7-new-rd-institute", "重点企业创办或联合高校和科研院所等设立的新型研发机构", "A new R&D institute set up by a key enterprise, alone or with universities and institutes"),
        Condition.Requires("newRdInstituteSelectedOnPerformance", "changning-7-selected-on-performance", "根据年度绩效评价成绩择优入选", "Selected on the yearly performance evaluation score"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("ceiling", CeilingYuan)];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}
