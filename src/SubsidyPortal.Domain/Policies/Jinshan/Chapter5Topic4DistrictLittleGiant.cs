using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持创新主体培育实施细则 专题四: 60 万 for a new district tech little giant, under a two-year contract of targets.
/// The text does not split the 60 万 across the two years, so it is one award (no invented tranches).
/// "企业近三年的研发投入不低于年主营业务收入的5%" is read as three years' R&amp;D over three years' revenue.
/// "前三年主营业务收入或净利润的平均增长率达到20％以上" does not say how the average is taken, so the committee's
/// finding is an input.
/// </summary>
public sealed class Chapter5Topic4DistrictLittleGiant : JinshanClause
{
    public const decimal AwardYuan = 600_000m;
    public const decimal MinRevenueYuan = 30_000_000m;

    public override string Id => "jinshan-2025/5-4-district-little-giant";

    public override string Article => "关于支持创新主体培育实施细则 专题四";

    public override string TitleZh => "新认定的区科技小巨人企业奖励";

    public override string Quote => "3.支持标准：60 万元，实施为期两年的合同目标管理。";

    public override IReadOnlyList<string> RequiredMaterials => ["申报书（按区科委当年申报通知）", "财务审计报告", "知识产权证明材料", "研发人员及职工名册"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        JinshanPolicy.RegisteredInput,
        FactDefinition.Flag("littleGiantPassedReviewAndNotice", "经评审、公示通过的金山区科技小巨人企业", "Passed review and public notice as a district little giant"),
        EnterpriseYearFacts.RdStaff,
        EnterpriseYearFacts.TotalStaff,
        EnterpriseYearFacts.RdSpendThreeYears,
        EnterpriseYearFacts.RevenueThreeYears,
        .. OwnIpCounts,
        FactDefinition.Flag("goodCreditRating", "企业有良好的信用等级", "Good credit rating").OfEnterprise(),
        EnterpriseYearFacts.TotalAssets,
        EnterpriseYearFacts.TotalLiabilities,
        EnterpriseYearFacts.LastYearRevenue,
        EnterpriseYearFacts.RevenueThreeYearsAgo,
        EnterpriseYearFacts.NetProfitThreeYearsAgo,
        EnterpriseYearFacts.LastYearNetProfit,
        JinshanPolicy.CreditInput,
    ];

    /// <summary>
    /// "前三年主营业务收入或净利润的平均增长率达到20％以上", derived from the yearly figures. The text does not say how the
    /// average is taken; the portal reads it as the compound yearly growth from the first of the three years to the last
    /// (two steps): last ≥ first × 1.2², i.e. 1.44 times. Revenue or net profit: one reaching it is enough. A first year
    /// of zero or less has no growth rate, so that figure cannot meet it.
    /// </summary>
    public const decimal GrowthFactorOverTwoSteps = 1.44m;

    private static bool? Grew(decimal? first, decimal? last) =>
        first is { } f && last is { } l ? f > 0 && l >= f * GrowthFactorOverTwoSteps : null;

    public static readonly DerivedFact Growth = new(
        "averageGrowthAtLeast20Percent", "前三年主营业务收入或净利润的平均增长率达到 20%以上", "Average growth of revenue or net profit over three years at least 20 %",
        [EnterpriseYearFacts.RevenueThreeYearsAgo.Key, EnterpriseYearFacts.LastYearRevenue.Key, EnterpriseYearFacts.NetProfitThreeYearsAgo.Key, EnterpriseYearFacts.LastYearNetProfit.Key],
        "前三年主营业务收入或净利润的平均增长率达到20％以上", FactEntity.EnterpriseYear,
        f => (Grew(f.Money(EnterpriseYearFacts.RevenueThreeYearsAgo.Key), f.Money(EnterpriseYearFacts.LastYearRevenue.Key)),
                Grew(f.Money(EnterpriseYearFacts.NetProfitThreeYearsAgo.Key), f.Money(EnterpriseYearFacts.LastYearNetProfit.Key))) switch
            {
                (true, _) or (_, true) => true,
                (false, false) => false,
                _ => null,
            });

    public static readonly FactDefinition GrantedPatents = FactDefinition.Count(
        "grantedPatentCount", "件", "拥有的授权专利数（发明、实用新型、外观设计）", "Granted patents held (invention, utility model, design)").OfEnterprise();

    public static readonly FactDefinition SoftwareCopyrights = FactDefinition.Count(
        "softwareCopyrightCount", "件", "拥有的软件著作权数", "Software copyrights held").OfEnterprise();

    public static readonly FactDefinition IcLayoutDesigns = FactDefinition.Count(
        "icLayoutDesignCount", "件", "拥有的集成电路布图设计专有权数", "Registered IC layout designs held").OfEnterprise();

    /// <summary>
    /// The text's "等" leaves the list open: other granted rights count too. The portal takes those the 高新技术企业
    /// recognition guidance lists (植物新品种, 国家新药, 国家一级中药保护品种 …), not trademarks, which protect a name rather
    /// than an invention.
    /// </summary>
    public static readonly FactDefinition OtherOwnIp = FactDefinition.Count(
        "otherGrantedIpCount", "件", "拥有的其他授权自主知识产权数（如植物新品种、国家新药；不含商标）", "Other granted IP rights held (such as plant varieties or new-drug certificates; not trademarks)").OfEnterprise();

    public static readonly IReadOnlyList<FactDefinition> OwnIpCounts = [GrantedPatents, SoftwareCopyrights, IcLayoutDesigns, OtherOwnIp];

    /// <summary>"有……自主知识产权": one right of any kind is enough; none only when every count is known and zero.</summary>
    public static readonly DerivedFact OwnIp = new(
        "holdsOwnIp", "有授权专利、软件著作权、集成电路布图设计等自主知识产权", "Holds granted patents, software copyrights, IC layout designs or other own IP",
        [.. OwnIpCounts.Select(c => c.Key)],
        "有授权专利、软件著作权、集成电路布图设计等自主知识产权", FactEntity.Enterprise,
        f =>
        {
            var counts = OwnIpCounts.Select(c => f.Count(c.Key)).ToList();
            return counts.Any(n => n > 0) ? true : counts.Any(n => n is null) ? null : false;
        });

    public override IReadOnlyList<DerivedFact> Derived => [Growth, OwnIp];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        Condition.Requires("littleGiantPassedReviewAndNotice", "jinshan-5-4-reviewed", "经评审、公示通过", "Passed review and public notice"),
        JinshanPolicy.ShareAtLeast("rdStaff", "totalStaff", 0.10m, "jinshan-5-4-rd-staff", "研发人员数不低于职工总数的 10%", "R&D staff at least 10 % of all staff"),
        JinshanPolicy.ShareAtLeast("rdSpendThreeYears", "revenueThreeYears", 0.05m, "jinshan-5-4-rd-spend", "近三年的研发投入不低于主营业务收入的 5%", "Three years' R&D at least 5 % of revenue"),
        OwnIp.Requires("jinshan-5-4-ip", "有自主知识产权（授权专利、软件著作权、集成电路布图设计等至少一件）", "Holds its own intellectual property (at least one granted right)"),
        Condition.Requires("goodCreditRating", "jinshan-5-4-credit-rating", "企业有良好的信用等级", "Good credit rating"),
        new("jinshan-5-4-debt-ratio", "资产负债率原则上不高于 70%", "Debt ratio not above 70 %",
            f => f.Money("totalLiabilities") is { } l && f.Money("totalAssets") is { } a ? a > 0 && l <= 0.70m * a : null),
        Condition.AtLeast("lastYearRevenue", MinRevenueYuan, "jinshan-5-4-revenue", "上年度主营业务收入不低于 3000 万元", "Revenue last year at least 30 million yuan"),
        Growth.Requires("jinshan-5-4-growth", "前三年主营业务收入或净利润的平均增长率达到 20%以上", "Average growth of revenue or net profit over the three years at least 20 %"),
        new("jinshan-5-4-profit", "上年度净利润不能为负", "Net profit last year not negative", f => f.Money("lastYearNetProfit") is { } p ? p >= 0 : null),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters =>
        [Param("award", AwardYuan), Param("minRevenue", MinRevenueYuan), Param("rdStaffShare", 0.10m, "比例"), Param("rdSpendShare", 0.05m, "比例"), Param("maxDebtRatio", 0.70m, "比例"), Param("minGrowth", 0.20m, "比例")];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.FixedAward(AwardYuan, Citation);
}
