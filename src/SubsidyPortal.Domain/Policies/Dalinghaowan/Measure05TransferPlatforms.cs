using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>（五）第 1 段: 共性技术平台、概念验证中心、中试平台 — construction funds at most 2000 万元.</summary>
public sealed class Measure05PublicPlatformConstruction : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/05-public-platform-construction";

    public override string Article => "（五）第 1 段";

    public override string TitleZh => "科技成果转化公共平台建设经费";

    public override string Quote => "加快共性技术平台、概念验证中心和中试平台等建设，支持科技成果的二次开发、工艺验证和试生产，根据场地、设备购置、技术创新等方面需求，给予最高 2000 万元的建设经费";

    public override decimal CeilingYuan => 20_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["平台建设方案及预算", "场地、设备购置合同", "营业执照或法人登记证书复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("buildsPublicPlatform", "dalinghaowan-05-builds-public-platform", "建设共性技术平台、概念验证中心或中试平台等科技成果转化公共平台", "Builds a common-technology platform, proof-of-concept centre, pilot-scale platform or similar public transfer platform"),
    ];
}

/// <summary>（五）第 1 段: "并连续三年每年给予最高 1000 万元的运营经费支持" — three yearly ceilings of 1000 万元.</summary>
public sealed class Measure05PublicPlatformOperation : DalinghaowanThreeYearClause
{
    public override string Id => "dalinghaowan-2024/05-public-platform-operation";

    public override string Article => "（五）第 1 段";

    public override string TitleZh => "科技成果转化公共平台运营经费（连续三年）";

    public override string Quote => "加快共性技术平台、概念验证中心和中试平台等建设，支持科技成果的二次开发、工艺验证和试生产，根据场地、设备购置、技术创新等方面需求，给予最高 2000 万元的建设经费，并连续三年每年给予最高 1000 万元的运营经费支持。";

    public override decimal YearlyYuan => 10_000_000m;

    protected override AmountKind Kind => AmountKind.Ceiling;

    protected override string YearLabelZh => "最高运营经费";

    public override IReadOnlyList<string> RequiredMaterials => ["平台年度运营报告", "年度运营支出明细", "营业执照或法人登记证书复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("operatesPublicPlatform", "dalinghaowan-05-operates-public-platform", "运营已建成的共性技术平台、概念验证中心或中试平台等公共平台", "Operates a built common-technology, proof-of-concept or pilot-scale public platform"),
    ];
}

/// <summary>（五）第 2 段: 科技成果线上发布大厅和服务平台 — yearly post-subsidy of at most 50% of operating spend, at most 500 万元.</summary>
public sealed class Measure05OnlineServicePlatform : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/05-online-service-platform";

    public override string Article => "（五）第 2 段";

    public override string TitleZh => "科技成果线上发布大厅和服务平台年度后补助";

    public override string Quote => "打造“科技成果线上发布大厅和服务平台”，支持国际一流专业科技服务机构和技术经理人集聚培育，根据年度服务成效，每年给予不超过运营总支出 50%、最高 500 万元的后补助。";

    public override string BaseKey => "onlinePlatformOperatingExpenditure";

    public override string BaseLabelZh => "年度运营总支出";

    public override string BaseLabelEn => "Total operating expenditure for the year";

    public override decimal Rate => 0.50m;

    public override decimal CapYuan => 5_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["年度服务成效报告", "年度运营支出专项审计报告", "营业执照或法人登记证书复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("operatesOnlineServicePlatform", "dalinghaowan-05-operates-online-platform", "运营“科技成果线上发布大厅和服务平台”或作为集聚培育的专业科技服务机构", "Operates the online achievement release hall and service platform, or is a professional S&T service body gathered there"),
        new("onlinePlatformServiceAssessed", "dalinghaowan-05-service-results-assessed", "年度服务成效经评估合格", "The year's service results have been assessed"),
    ];
}
