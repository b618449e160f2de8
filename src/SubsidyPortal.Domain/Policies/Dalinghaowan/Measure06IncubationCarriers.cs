using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>（六）第 1 段: 各类科创载体 — yearly post-subsidy of at most 50% of operating spend, at most 200 万元.</summary>
public sealed class Measure06CarrierPostSubsidy : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/06-carrier-post-subsidy";

    public override string Article => "（六）第 1 段";

    public override string TitleZh => "科创载体年度后补助";

    public override string Quote => "推动各类科创载体提升服务能级，根据年度服务成效，每年给予不超过运营总支出 50%、最高 200 万元的后补助。";

    public override string BaseKey => "carrierOperatingExpenditure";

    public override string BaseLabelZh => "年度运营总支出";

    public override string BaseLabelEn => "Total operating expenditure for the year";

    public override decimal Rate => 0.50m;

    public override decimal CapYuan => 2_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["载体年度服务成效报告", "年度运营支出专项审计报告", "营业执照或法人登记证书复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("operatesInnovationCarrier", "dalinghaowan-06-operates-carrier", "运营大学科技园、技术转移转化中心等科创载体", "Operates an innovation carrier such as a university science park or technology transfer centre"),
        new("carrierServiceAssessed", "dalinghaowan-06-service-results-assessed", "年度服务成效经评估合格", "The year's service results have been assessed"),
    ];
}

/// <summary>（六）第 2 段: 区校共建孵化器、师生创业空间 — construction funds at most 2000 万元.</summary>
public sealed class Measure06IncubatorConstruction : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/06-incubator-construction";

    public override string Article => "（六）第 2 段";

    public override string TitleZh => "区校共建孵化器等科创载体建设经费";

    public override string Quote => "支持区校共建孵化器、师生创业空间等科创载体发展，根据场地设施、服务平台、孵化环境等方面需求，给予最高 2000 万元的建设经费";

    public override decimal CeilingYuan => 20_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["区校共建协议", "载体建设方案及预算", "营业执照或法人登记证书复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("districtUniversityIncubator", "dalinghaowan-06-district-university-incubator", "区校共建孵化器、师生创业空间等科创载体", "An incubator, student and staff start-up space or similar carrier built jointly by the district and a university"),
    ];
}

/// <summary>（六）第 2 段: "并连续三年每年给予最高 500 万元的运营经费支持".</summary>
public sealed class Measure06IncubatorOperation : DalinghaowanThreeYearClause
{
    public override string Id => "dalinghaowan-2024/06-incubator-operation";

    public override string Article => "（六）第 2 段";

    public override string TitleZh => "区校共建孵化器等科创载体运营经费（连续三年）";

    public override string Quote => "支持区校共建孵化器、师生创业空间等科创载体发展，根据场地设施、服务平台、孵化环境等方面需求，给予最高 2000 万元的建设经费，并连续三年每年给予最高 500 万元的运营经费支持。";

    public override decimal YearlyYuan => 5_000_000m;

    protected override AmountKind Kind => AmountKind.Ceiling;

    protected override string YearLabelZh => "最高运营经费";

    public override IReadOnlyList<string> RequiredMaterials => ["区校共建协议", "载体年度运营报告", "年度运营支出明细"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("districtUniversityIncubator", "dalinghaowan-06-district-university-incubator", "区校共建孵化器、师生创业空间等科创载体", "An incubator, student and staff start-up space or similar carrier built jointly by the district and a university"),
    ];
}

/// <summary>（六）第 3 段: 高校师生创办企业入驻相关科创载体 — 10 万元 operating funds, a fixed figure.</summary>
public sealed class Measure06StudentStaffStartup : DalinghaowanFixedClause
{
    public override string Id => "dalinghaowan-2024/06-student-staff-startup";

    public override string Article => "（六）第 3 段";

    public override string TitleZh => "高校师生创办企业入驻科创载体运营经费";

    public override string Quote => "支持高校师生创新创业，创办企业入驻相关科创载体的，给予 10 万元的运营经费支持。";

    public override decimal AwardYuan => 100_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["营业执照复印件（加盖公章）", "创办人高校在校学生或教职工身份证明", "科创载体入驻协议"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("foundedByUniversityStudentOrStaff", "dalinghaowan-06-founded-by-student-or-staff", "企业由高校师生创办", "The enterprise was founded by university students or staff"),
        new("residentInInnovationCarrier", "dalinghaowan-06-resident-in-carrier", "企业入驻相关科创载体", "The enterprise is resident in a relevant innovation carrier"),
    ];
}
