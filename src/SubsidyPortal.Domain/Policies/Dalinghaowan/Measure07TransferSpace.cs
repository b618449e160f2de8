namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>
/// （七）第 2 段: 研发—转化—生产 一体化 — 分阶段, at most 50% of the enterprise's total investment, at most 5000 万元 in all.
/// No stage schedule is set in the text, so the clause gives the overall ceiling.
/// </summary>
public sealed class Measure07IndustrialisationInvestment : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/07-industrialisation-investment";

    public override string Article => "（七）第 2 段";

    public override string TitleZh => "研发成果产业化生产制造经费支持";

    public override string Quote => "支持企业“研发—转化—生产”一体化布局，对实施研发成果产业化生产制造的，根据场地、设备购置、更新改造等方面需求，分阶段给予不超过企业总投入 50%、最高 5000 万元的经费支持。";

    public override string BaseKey => "enterpriseTotalInvestment";

    public override string BaseLabelZh => "企业总投入";

    public override string BaseLabelEn => "Enterprise's total investment";

    public override decimal Rate => 0.50m;

    public override decimal CapYuan => 50_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["产业化项目方案", "场地、设备购置、更新改造投入凭证及专项审计报告", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("industrialisesRdResults", "dalinghaowan-07-industrialises-rd-results", "企业实施研发成果产业化生产制造", "The enterprise manufactures its R&D results at industrial scale"),
    ];
}
