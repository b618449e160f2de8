namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>
/// （三）第 2 段: home-grown scientific instruments, reagents, basic software with national approval — 20%, at most 300 万元.
/// (（三）第 1 段, 长期稳定的经费支持 through 区校合作, names no figure and is out of scope.)
/// </summary>
public sealed class Measure03InstrumentsReagentsSoftware : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/03-instruments-reagents-software";

    public override string Article => "（三）第 2 段";

    public override string TitleZh => "高端科学仪器、科研试剂、基础软件自主研发获国家立项奖励";

    public override string Quote => "支持高端科学仪器、科研试剂、基础软件等自主研发和市场化应用，提升国产化水平和应用规模，对获国家立项支持的，给予不超过项目总投入 20%、最高 300 万元的奖励。";

    public override string BaseKey => "basicResearchProjectInvestment";

    public override string BaseLabelZh => "项目总投入";

    public override string BaseLabelEn => "Total project investment";

    public override decimal Rate => 0.20m;

    public override decimal CapYuan => 3_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["国家立项批复文件", "项目总投入专项审计报告", "营业执照或法人登记证书复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("instrumentsReagentsSoftware", "dalinghaowan-03-instruments-reagents-software", "项目为高端科学仪器、科研试剂、基础软件等自主研发和市场化应用", "The project develops and markets high-end scientific instruments, research reagents or basic software"),
        new("basicResearchNationalApproval", "dalinghaowan-03-national-approval", "项目获国家立项支持", "The project received national project approval"),
    ];
}
