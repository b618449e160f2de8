using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>
/// （四）第 3 段 拨投结合: major achievements landing for transfer — 启动经费 at most 3000 万元. The equity or debt-to-equity
/// funds named beside it are a separate sub-case (<see cref="Measure04MajorAchievementEquityFunds"/>).
/// </summary>
public sealed class Measure04MajorAchievementStartupFunds : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/04-major-achievement-startup-funds";

    public override string Article => "（四）第 3 段";

    public override string TitleZh => "重大科技成果落地转化启动经费";

    public override string Quote => "支持海内外重大科技成果落地转化，根据场地、设备购置、技术创新等方面需求，给予最高 3000 万元的启动经费";

    public override decimal CeilingYuan => 30_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["重大科技成果说明及权属证明", "场地、设备购置、技术创新等需求及预算", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("majorAchievementLanding", "dalinghaowan-04-major-achievement-landing", "海内外重大科技成果在“大零号湾”落地转化", "A major domestic or overseas scientific achievement lands in the area for transfer"),
    ];
}

/// <summary>（四）第 3 段: 最高 2000 万元的股权或债转股资金 — an investment, not a grant, but a named ceiling all the same.</summary>
public sealed class Measure04MajorAchievementEquityFunds : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/04-major-achievement-equity-funds";

    public override string Article => "（四）第 3 段";

    public override string TitleZh => "重大科技成果落地转化股权或债转股资金";

    public override string Quote => "支持海内外重大科技成果落地转化，根据场地、设备购置、技术创新等方面需求，给予最高 3000 万元的启动经费和最高 2000 万元的股权或债转股资金。";

    public override decimal CeilingYuan => 20_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["重大科技成果说明及权属证明", "股权或债转股投资方案", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("majorAchievementLanding", "dalinghaowan-04-major-achievement-landing", "海内外重大科技成果在“大零号湾”落地转化", "A major domestic or overseas scientific achievement lands in the area for transfer"),
    ];
}

/// <summary>
/// （四）第 4 段: 分阶段 — at most 50% of the transfer costs, at most 1000 万元 in all. The text sets no stage schedule,
/// so the clause gives the overall ceiling; the stages are set when the project is approved.
/// </summary>
public sealed class Measure04AchievementTransferCosts : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/04-achievement-transfer-costs";

    public override string Article => "（四）第 4 段";

    public override string TitleZh => "科技企业转化科技成果经费支持";

    public override string Quote => "支持科技企业主动对接、引进、转化、联合开发高质量科技成果，分阶段给予不超过科技成果转化费用 50%、最高 1000 万元的经费支持。";

    public override string BaseKey => "transferCosts";

    public override string BaseLabelZh => "科技成果转化费用";

    public override string BaseLabelEn => "Achievement transfer costs";

    public override decimal Rate => 0.50m;

    public override decimal CapYuan => 10_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["技术转让、许可或联合开发合同", "转化费用支付凭证", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("isTechEnterprise", "dalinghaowan-04-tech-enterprise", "申报单位为科技企业", "The applicant is a technology enterprise") { Entity = FactEntity.Enterprise },
        new("transfersHighQualityAchievement", "dalinghaowan-04-transfers-achievement", "对接、引进、转化或联合开发高质量科技成果", "Takes up, brings in, transfers or co-develops a high-quality scientific achievement"),
    ];
}
