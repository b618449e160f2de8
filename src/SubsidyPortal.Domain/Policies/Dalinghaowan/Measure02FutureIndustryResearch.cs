namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>（二）: frontier research for future industries with national project approval — 20% of total investment, at most 300 万元.</summary>
public sealed class Measure02FutureIndustryNationalProject : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/02-future-industry-national-project";

    public override string Article => "（二）";

    public override string TitleZh => "未来产业前沿技术研究获国家立项奖励";

    public override string Quote => "支持开展面向量子科技、空天海洋、合成生物、新型储能等未来产业的前沿技术研究，鼓励开展跨领域基础研究和颠覆性技术攻关，对获国家立项支持的，给予不超过项目总投入 20%、最高 300 万元的奖励。";

    public override string BaseKey => "futureIndustryProjectInvestment";

    public override string BaseLabelZh => "项目总投入";

    public override string BaseLabelEn => "Total project investment";

    public override decimal Rate => 0.20m;

    public override decimal CapYuan => 3_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["国家立项批复文件", "项目总投入专项审计报告", "营业执照或法人登记证书复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("futureIndustryFrontier", "dalinghaowan-02-future-industry-frontier", "项目面向量子科技、空天海洋、合成生物、新型储能等未来产业的前沿技术研究、跨领域基础研究或颠覆性技术攻关", "The project is frontier research for future industries (quantum, aerospace and ocean, synthetic biology, new energy storage and the like)"),
        new("futureIndustryNationalApproval", "dalinghaowan-02-national-approval", "项目获国家立项支持", "The project received national project approval"),
    ];
}
