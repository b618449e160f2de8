namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>（十）第 1 段: 市级创新产品推荐目录 / 高新技术成果转化项目 — at most 30% of the first-batch contract, at most 300 万元.</summary>
public sealed class Measure10InnovativeProductFirstBatch : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/10-innovative-product-first-batch";

    public override string Article => "（十）第 1 段";

    public override string TitleZh => "创新产品首批次应用奖励";

    public override string Quote => "对纳入市级创新产品推荐目录项目和高新技术成果转化项目的，给予不超过项目首批次核定合同金额 30%、最高 300 万元的奖励。";

    public override string BaseKey => "firstBatchContractAmount";

    public override string BaseLabelZh => "项目首批次核定合同金额";

    public override string BaseLabelEn => "Approved first-batch contract amount";

    public override decimal Rate => 0.30m;

    public override decimal CapYuan => 3_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["市级创新产品推荐目录或高新技术成果转化项目证明", "首批次销售合同及发票", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("listedInnovativeProductOrTransferProject", "dalinghaowan-10-listed-product", "纳入市级创新产品推荐目录项目或高新技术成果转化项目", "Listed in the city's innovative product catalogue or recognised as a high-tech achievement transfer project"),
    ];
}

/// <summary>（十）第 2 段: 未来产业先导区 场景 — at most 50% of total investment, at most 1000 万元.</summary>
public sealed class Measure10FutureIndustryScenario : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/10-future-industry-scenario";

    public override string Article => "（十）第 2 段";

    public override string TitleZh => "未来产业技术应用场景经费支持";

    public override string Quote => "加快建设未来产业先导区，支持企业面向健康、能源、信息、空间等未来产业开展技术创新，打造技术应用场景、工业示范场景、跨界融合场景和公共展示场景，给予不超过总投入 50%、最高 1000 万元的经费支持。";

    public override string BaseKey => "scenarioTotalInvestment";

    public override string BaseLabelZh => "总投入";

    public override string BaseLabelEn => "Total investment";

    public override decimal Rate => 0.50m;

    public override decimal CapYuan => 10_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["场景建设方案", "总投入专项审计报告", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("buildsFutureIndustryScenario", "dalinghaowan-10-builds-scenario", "面向健康、能源、信息、空间等未来产业打造技术应用、工业示范、跨界融合或公共展示场景", "Builds an application, industrial demonstration, cross-sector or public showcase scenario for future industries"),
    ];
}

/// <summary>（十）第 3 段: 算力 — yearly, at most 30% of actual costs, at most 500 万元.</summary>
public sealed class Measure10ComputingPower : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/10-computing-power";

    public override string Article => "（十）第 3 段";

    public override string TitleZh => "购买或租用算力经费支持";

    public override string Quote => "加强区域算力统筹和供给，对企业或项目团队购买或租用算力开展重大技术创新的，每年给予不超过实际费用 30%、最高500 万元的经费支持。";

    public override string BaseKey => "annualComputingCosts";

    public override string BaseLabelZh => "本年度购买或租用算力实际费用";

    public override string BaseLabelEn => "Actual computing costs for the year";

    public override decimal Rate => 0.30m;

    public override decimal CapYuan => 5_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["算力购买或租用合同", "费用支付凭证及发票", "重大技术创新项目说明"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("computingForMajorInnovation", "dalinghaowan-10-computing-for-major-innovation", "购买或租用算力用于开展重大技术创新", "Computing bought or rented for major technological innovation"),
    ];
}
