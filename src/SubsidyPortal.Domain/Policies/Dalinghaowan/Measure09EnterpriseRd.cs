using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>（九）第 1 段: 大企业开放创新中心 — 分阶段, at most 30% of total investment, at most 3000 万元.</summary>
public sealed class Measure09OpenInnovationCentre : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/09-open-innovation-centre";

    public override string Article => "（九）第 1 段";

    public override string TitleZh => "大企业开放创新中心经费支持";

    public override string Quote => "支持科技领军企业牵头建设大企业开放创新中心，促进大中小企业融通创新，根据建设投入和运营成效，分阶段给予不超过总投入 30%、最高 3000 万元的经费支持。";

    public override string BaseKey => "openInnovationCentreInvestment";

    public override string BaseLabelZh => "总投入";

    public override string BaseLabelEn => "Total investment";

    public override decimal Rate => 0.30m;

    public override decimal CapYuan => 30_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["开放创新中心建设方案", "建设投入专项审计报告及运营成效报告", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("isTechLeadingEnterprise", "dalinghaowan-09-tech-leading-enterprise", "申报单位为科技领军企业", "The applicant is a leading technology enterprise") { Entity = FactEntity.Enterprise },
        new("leadsOpenInnovationCentre", "dalinghaowan-09-leads-open-innovation-centre", "牵头建设大企业开放创新中心", "Leads the building of a large-enterprise open innovation centre"),
    ];
}

/// <summary>（九）第 2 段: 创新联合体 — 分阶段, at most 30% of total joint R&amp;D investment, at most 3000 万元.</summary>
public sealed class Measure09InnovationConsortium : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/09-innovation-consortium";

    public override string Article => "（九）第 2 段";

    public override string TitleZh => "科技领军企业牵头组建创新联合体经费支持";

    public override string Quote => "支持科技领军企业牵头组建创新联合体，开展关键共性技术研发，根据建设投入和研发需求，分阶段给予不超过联合研发总投入 30%、最高 3000 万元的经费支持。";

    public override string BaseKey => "jointRdTotalInvestment";

    public override string BaseLabelZh => "联合研发总投入";

    public override string BaseLabelEn => "Total joint R&D investment";

    public override decimal Rate => 0.30m;

    public override decimal CapYuan => 30_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["创新联合体组建协议", "联合研发投入专项审计报告", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("isTechLeadingEnterprise", "dalinghaowan-09-tech-leading-enterprise", "申报单位为科技领军企业", "The applicant is a leading technology enterprise") { Entity = FactEntity.Enterprise },
        new("leadsInnovationConsortium", "dalinghaowan-09-leads-consortium", "牵头组建创新联合体开展关键共性技术研发", "Leads an innovation consortium doing key common-technology R&D"),
    ];
}

/// <summary>（九）第 3 段: 第一起草人单位, 国际标准 — at most 100 万元.</summary>
public sealed class Measure09InternationalStandard : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/09-international-standard";

    public override string Article => "（九）第 3 段";

    public override string TitleZh => "第一起草人单位主导国际标准奖励";

    public override string Quote => "支持企业标准研制、技术研发、产业推广同步发展，作为第一起草人单位获得批准发布国际标准、国家（行业）标准的，分别给予最高 100 万元、50 万元的奖励。";

    public override decimal CeilingYuan => 1_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["国际标准批准发布文件", "第一起草人单位证明", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("firstDrafterInternationalStandard", "dalinghaowan-09-first-drafter-international", "作为第一起草人单位获得批准发布国际标准", "First drafting organisation of a published international standard"),
    ];
}

/// <summary>（九）第 3 段: 第一起草人单位, 国家（行业）标准 — at most 50 万元.</summary>
public sealed class Measure09NationalStandard : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/09-national-standard";

    public override string Article => "（九）第 3 段";

    public override string TitleZh => "第一起草人单位主导国家（行业）标准奖励";

    public override string Quote => "支持企业标准研制、技术研发、产业推广同步发展，作为第一起草人单位获得批准发布国际标准、国家（行业）标准的，分别给予最高 100 万元、50 万元的奖励。";

    public override decimal CeilingYuan => 500_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["国家（行业）标准批准发布文件", "第一起草人单位证明", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("firstDrafterNationalStandard", "dalinghaowan-09-first-drafter-national", "作为第一起草人单位获得批准发布国家（行业）标准", "First drafting organisation of a published national or industry standard"),
    ];
}

/// <summary>
/// （九）第 4 段 研发服务券: "按专业研发服务费用 50%核定" fixes the figure (AmountKind.Fixed), within a yearly quota
/// (30 万元 per tech SME, 10 万元 per team) less what the holder has already used that year.
/// </summary>
public abstract class Measure09RdVoucher : DalinghaowanClause
{
    public const decimal Rate = 0.50m;

    public abstract decimal YearlyQuotaYuan { get; }

    public override string Article => "（九）第 4 段";

    public override string Quote => "支持便捷申领和使用“大零号湾”研发服务券，分别给予每家科技型中小企业、每个团队每年最高 30 万元、10 万元的使用额度，按专业研发服务费用 50%核定；";

    public override IReadOnlyList<string> RequiredMaterials => ["研发服务合同", "研发服务费用支付凭证及发票", "本年度已使用研发服务券额度说明"];

    protected override IReadOnlyList<FactDefinition> AmountInputs =>
    [
        FactDefinition.Money("rdServiceFees", "专业研发服务费用", "Professional R&D service fees"),
        FactDefinition.Money("voucherUsedThisYear", "本年度已使用研发服务券额度", "Voucher quota already used this year"),
    ];

    protected override IReadOnlyList<Condition> FigureConditions =>
    [
        new($"{CodePrefix}-positive-fees", "专业研发服务费用须大于零", "R&D service fees must be above zero", f => f.Money("rdServiceFees") is { } v ? v > 0m : null),
        new($"{CodePrefix}-quota-left", "本年度研发服务券额度尚未用完", "Some of this year's voucher quota remains", f => f.Money("voucherUsedThisYear") is { } used ? used < YearlyQuotaYuan : null),
    ];

    protected abstract string CodePrefix { get; }

    public override IReadOnlyList<Parameter> Parameters => [Param("rate", Rate, "比例"), Param("yearlyQuota", YearlyQuotaYuan, "元/年")];

    public override AmountResult? Amount(Facts facts) =>
        facts.Money("rdServiceFees") is { } fees && facts.Money("voucherUsedThisYear") is { } used
            ? AmountCalculation.Of(AmountKind.Fixed)
                .Base("专业研发服务费用", fees)
                .Rate(Rate, "按专业研发服务费用 50% 核定", Citation)
                .Cap(YearlyQuotaYuan, $"每年最高 {YearlyQuotaYuan / 10_000m:0.##} 万元使用额度", Citation)
                .Limit(YearlyQuotaYuan - used, "本年度剩余额度", Citation)
                .Round()
            : null;
}

public sealed class Measure09RdVoucherTechSme : Measure09RdVoucher
{
    public override string Id => "dalinghaowan-2024/09-rd-voucher-tech-sme";

    public override string TitleZh => "科技型中小企业研发服务券";

    public override decimal YearlyQuotaYuan => 300_000m;

    protected override string CodePrefix => "dalinghaowan-09-rd-voucher-tech-sme";

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new(EnterpriseCertificates.TechSme.Key, "dalinghaowan-09-tech-sme", "申报单位为科技型中小企业", "The applicant is a technology-based SME") { Shared = EnterpriseCertificates.TechSme },
    ];
}

public sealed class Measure09RdVoucherTeam : Measure09RdVoucher
{
    public const string StartupTeamKey = "isStartupTeam";

    public override string Id => "dalinghaowan-2024/09-rd-voucher-team";

    public override string TitleZh => "创新创业团队研发服务券";

    public override decimal YearlyQuotaYuan => 100_000m;

    protected override string CodePrefix => "dalinghaowan-09-rd-voucher-team";

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        // An enterprise on the portal registered with its 统一社会信用代码, so its profile says it is no team.
        new(StartupTeamKey, "dalinghaowan-09-team", "申报主体为团队（尚未注册企业的创新创业团队）", "The applicant is a team (an innovation team not yet incorporated)")
        {
            Entity = FactEntity.Enterprise, Source = FactSource.Profile,
        },
    ];
}

/// <summary>（九）第 5 段: 全国颠覆性技术创新大赛等高水平科创赛事获奖 — at most 100 万元.</summary>
public sealed class Measure09NationalCompetitionPrize : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/09-national-competition-prize";

    public override string Article => "（九）第 5 段";

    public override string TitleZh => "高水平科创赛事获奖支持";

    public override string Quote => "支持企业参加全国颠覆性技术创新大赛等高水平科创赛事，给予最高 100 万元的获奖支持；";

    public override decimal CeilingYuan => 1_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["获奖证书或公布文件", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("wonHighLevelCompetition", "dalinghaowan-09-won-national-competition", "在全国颠覆性技术创新大赛等高水平科创赛事中获奖", "Won a prize at a high-level contest such as the national disruptive technology innovation competition"),
    ];
}

/// <summary>（九）第 5 段: 国际创新赛事活动获奖 — at most 50 万元.</summary>
public sealed class Measure09InternationalCompetitionPrize : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/09-international-competition-prize";

    public override string Article => "（九）第 5 段";

    public override string TitleZh => "国际创新赛事获奖支持";

    public override string Quote => "支持企业参加国际创新赛事活动，给予最高 50 万元的获奖支持。";

    public override decimal CeilingYuan => 500_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["获奖证书或公布文件", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("wonInternationalCompetition", "dalinghaowan-09-won-international-competition", "在国际创新赛事活动中获奖", "Won a prize at an international innovation contest"),
    ];
}
