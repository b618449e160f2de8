using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>（十六）第 2 段: 国际科技组织落户或设立分支机构 — start-up funds at most 500 万元.</summary>
public sealed class Measure16InternationalOrganisationStartup : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/16-international-organisation-startup";

    public override string Article => "（十六）第 2 段";

    public override string TitleZh => "国际科技组织落户开办经费";

    public override string Quote => "支持优质国际科技组织落户或设立分支机构，给予最高 500万元开办经费";

    public override decimal CeilingYuan => 5_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["登记证书或分支机构设立批准文件", "开办经费预算"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("internationalOrganisationSettled", "dalinghaowan-16-international-organisation", "优质国际科技组织落户或设立分支机构", "A high-quality international S&T organisation settles or opens a branch"),
    ];
}

/// <summary>（十六）第 2 段: 连续三年每年不超过总运营支出 30%、最高 200 万元 — one year at a time.</summary>
public sealed class Measure16InternationalOrganisationOperation : DalinghaowanYearlyRateCappedClause
{
    public override string Id => "dalinghaowan-2024/16-international-organisation-operation";

    public override string Article => "（十六）第 2 段";

    public override string TitleZh => "国际科技组织运营经费（连续三年）";

    public override string Quote => "支持优质国际科技组织落户或设立分支机构，给予最高 500万元开办经费，并连续三年每年给予不超过总运营支出 30%、最高 200 万元的运营经费支持。";

    public override string BaseKey => "organisationOperatingExpenditure";

    public override string YearKey => "organisationSupportYear";

    public override string BaseLabelZh => "当年总运营支出";

    public override string BaseLabelEn => "Total operating expenditure for the year";

    public override decimal Rate => 0.30m;

    public override decimal CapYuan => 2_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["登记证书或分支机构设立批准文件", "年度运营支出专项审计报告"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("internationalOrganisationSettled", "dalinghaowan-16-international-organisation", "优质国际科技组织落户或设立分支机构", "A high-quality international S&T organisation settles or opens a branch"),
    ];
}

/// <summary>（十六）第 3 段: 学术期刊落地实体化运营 — start-up funds at most 500 万元.</summary>
public sealed class Measure16JournalStartup : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/16-journal-startup";

    public override string Article => "（十六）第 3 段";

    public override string TitleZh => "学术期刊落地开办经费";

    public override string Quote => "支持各类创新主体创办高水平学术期刊，支持通过共建、合作、委托等形式引进具有国际影响力的学术期刊，对落地开展实体化运营的，给予最高 500 万元的开办经费";

    public override decimal CeilingYuan => 5_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["期刊创办或引进协议", "实体化运营证明（场地、人员）", "开办经费预算"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("journalOperatingOnSite", "dalinghaowan-16-journal-on-site", "创办或引进的学术期刊落地开展实体化运营", "A founded or brought-in academic journal operates on site as an entity"),
    ];
}

/// <summary>（十六）第 3 段: 学术期刊 连续三年每年不超过总运营支出 30%、最高 200 万元 — one year at a time.</summary>
public sealed class Measure16JournalOperation : DalinghaowanYearlyRateCappedClause
{
    public override string Id => "dalinghaowan-2024/16-journal-operation";

    public override string Article => "（十六）第 3 段";

    public override string TitleZh => "学术期刊运营经费（连续三年）";

    public override string Quote => "对落地开展实体化运营的，给予最高 500 万元的开办经费，并连续三年每年给予不超过总运营支出 30%、最高 200 万元的运营经费支持。";

    public override string BaseKey => "journalOperatingExpenditure";

    public override string YearKey => "journalSupportYear";

    public override string BaseLabelZh => "当年总运营支出";

    public override string BaseLabelEn => "Total operating expenditure for the year";

    public override decimal Rate => 0.30m;

    public override decimal CapYuan => 2_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["期刊创办或引进协议", "年度运营支出专项审计报告"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("journalOperatingOnSite", "dalinghaowan-16-journal-on-site", "创办或引进的学术期刊落地开展实体化运营", "A founded or brought-in academic journal operates on site as an entity"),
    ];
}

/// <summary>
/// （十六）第 4 段 "对学术期刊首次进入 SCI Q1、Q2 区或相关学（协）会 T1、T2 分区的单位，分别给予 300 万元、150 万元的奖励":
/// one pair of facts for both awards — the journal's tier this year and the best tier it reached in any earlier year.
/// The portal's reading, where the text is silent: SCI Q1 and a society's T1 are one tier (as are Q2 and T2), reached by
/// either list; "首次进入 Q1" is Q1/T1 now and never before; "首次进入 Q2" is Q2/T2 now and never Q2/T2 or higher
/// before, so a journal falling back from Q1 is not new to Q2, and one leaping past Q2 to Q1 takes the 300 万 alone.
/// </summary>
public static class Measure16JournalTiers
{
    public const string Tier1 = "q1-t1";
    public const string Tier2 = "q2-t2";
    public const string Lower = "lower";

    public static readonly FactDefinition ThisYear = FactDefinition.Choice(
        "journalTierThisYear", "期刊本年度分区（SCI 分区与相关学（协）会分区取较高者）", "The journal's tier this year (the higher of its SCI quartile and society tier)",
        new(Tier1, "SCI Q1 区或学（协）会 T1 分区", "SCI Q1 or society tier T1"),
        new(Tier2, "SCI Q2 区或学（协）会 T2 分区", "SCI Q2 or society tier T2"),
        new(Lower, "Q2、T2 以下或未进入分区", "Below Q2 and T2, or not ranked"));

    public static readonly FactDefinition BestBefore = FactDefinition.Choice(
        "journalBestTierBefore", "期刊以往各年度达到的最高分区", "The best tier the journal reached in any earlier year",
        new(Tier1, "曾进入 SCI Q1 区或学（协）会 T1 分区", "Was in SCI Q1 or society tier T1"),
        new(Tier2, "曾进入 Q2 或 T2，从未进入 Q1 或 T1", "Was in Q2 or T2, never in Q1 or T1"),
        new(Lower, "从未进入 Q1、Q2 区或 T1、T2 分区", "Never in Q1, Q2, T1 or T2"));

    public static readonly IReadOnlyList<FactDefinition> Inputs = [ThisYear, BestBefore];

    // Q1/T1 ranks above Q2/T2 above the rest.
    private static int Rank(string tier) => tier switch { Tier1 => 2, Tier2 => 1, _ => 0 };

    /// <summary>In the tier now, and never in it or above before; unknown while either fact is, unless this year already rules it out.</summary>
    private static bool? FirstIn(Facts f, string tier) => f.Choice(ThisYear.Key) switch
    {
        null => null,
        var now when now != tier => false,
        _ => f.Choice(BestBefore.Key) is { } before ? Rank(before) < Rank(tier) : null,
    };

    public static readonly DerivedFact FirstInTier1 = new(
        "journalFirstEnteredQ1OrT1", "学术期刊首次进入 SCI Q1 区或相关学（协）会 T1 分区", "The journal is in SCI Q1 or society tier T1 for the first time",
        [ThisYear.Key, BestBefore.Key], "对学术期刊首次进入 SCI Q1、Q2 区或相关学（协）会 T1、T2 分区的单位", FactEntity.Project,
        f => FirstIn(f, Tier1));

    public static readonly DerivedFact FirstInTier2 = new(
        "journalFirstEnteredQ2OrT2", "学术期刊首次进入 SCI Q2 区或相关学（协）会 T2 分区", "The journal is in SCI Q2 or society tier T2 for the first time",
        [ThisYear.Key, BestBefore.Key], "对学术期刊首次进入 SCI Q1、Q2 区或相关学（协）会 T1、T2 分区的单位", FactEntity.Project,
        f => FirstIn(f, Tier2));
}

/// <summary>（十六）第 4 段: 首次进入 SCI Q1 区或 T1 分区 — 300 万元, a fixed award.</summary>
public sealed class Measure16JournalFirstQ1 : DalinghaowanFixedClause
{
    public override string Id => "dalinghaowan-2024/16-journal-first-q1";

    public override string Article => "（十六）第 4 段";

    public override string TitleZh => "学术期刊首次进入 SCI Q1 区或 T1 分区奖励";

    public override string Quote => "对学术期刊首次进入 SCI Q1、Q2 区或相关学（协）会 T1、T2 分区的单位，分别给予 300 万元、150 万元的奖励。";

    public override decimal AwardYuan => 3_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["期刊分区证明（SCI 或学（协）会分区）", "期刊出版单位证明"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        Requirement.Derive(Measure16JournalTiers.FirstInTier1, Measure16JournalTiers.Inputs, "dalinghaowan-16-journal-first-q1",
            "学术期刊首次进入 SCI Q1 区或相关学（协）会 T1 分区", "The journal enters SCI Q1 or a society's T1 tier for the first time"),
    ];
}

/// <summary>（十六）第 4 段: 首次进入 SCI Q2 区或 T2 分区 — 150 万元, a fixed award.</summary>
public sealed class Measure16JournalFirstQ2 : DalinghaowanFixedClause
{
    public override string Id => "dalinghaowan-2024/16-journal-first-q2";

    public override string Article => "（十六）第 4 段";

    public override string TitleZh => "学术期刊首次进入 SCI Q2 区或 T2 分区奖励";

    public override string Quote => "对学术期刊首次进入 SCI Q1、Q2 区或相关学（协）会 T1、T2 分区的单位，分别给予 300 万元、150 万元的奖励。";

    public override decimal AwardYuan => 1_500_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["期刊分区证明（SCI 或学（协）会分区）", "期刊出版单位证明"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        Requirement.Derive(Measure16JournalTiers.FirstInTier2, Measure16JournalTiers.Inputs, "dalinghaowan-16-journal-first-q2",
            "学术期刊首次进入 SCI Q2 区或相关学（协）会 T2 分区（此前从未进入 Q2、T2 或更高分区）", "The journal enters SCI Q2 or a society's T2 tier for the first time (never Q2, T2 or higher before)"),
    ];
}
