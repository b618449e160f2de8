using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>（十四）第 2 段: 高价值专利布局 — per project, at most 50% of total investment, at most 100 万元.</summary>
public sealed class Measure14HighValuePatents : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/14-high-value-patents";

    public override string Article => "（十四）第 2 段";

    public override string TitleZh => "海内外高价值专利布局经费支持";

    public override string Quote => "支持科技企业开展海内外高价值专利布局，以项目化方式给予不超过总投入 50%、最高 100 万元的经费支持。";

    public override string BaseKey => "patentProjectTotalInvestment";

    public override string BaseLabelZh => "专利布局项目总投入";

    public override string BaseLabelEn => "Total investment in the patent project";

    public override decimal Rate => 0.50m;

    public override decimal CapYuan => 1_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["高价值专利布局项目方案", "专利申请及费用凭证", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("isTechEnterprise", "dalinghaowan-14-tech-enterprise", "申报单位为科技企业", "The applicant is a technology enterprise") { Entity = FactEntity.Enterprise },
        new("highValuePatentProject", "dalinghaowan-14-high-value-patent-project", "开展海内外高价值专利布局项目", "Runs a domestic or overseas high-value patent portfolio project"),
    ];
}
