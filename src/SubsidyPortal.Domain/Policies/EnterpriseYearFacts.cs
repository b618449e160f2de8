using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies;

/// <summary>
/// The enterprise's yearly figures as the clauses read them, defined once: "上年度" is the year before the evaluation's,
/// "近两年" / "近三年" the two or three years before it. The profile's yearly figures (营业收入、研发投入、职工总数、研发人员数,
/// and where reported 净利润、资产总额、负债总额) settle them when it holds those years; otherwise the applicant states them.
/// </summary>
public static class EnterpriseYearFacts
{
    public static readonly FactDefinition LastYearRevenue = FactDefinition.Money(
        "lastYearRevenue", "上年度主营业务收入", "Main-business revenue last year").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition LastYearRdSpend = FactDefinition.Money(
        "lastYearRdSpend", "上年度研发投入", "R&D spend last year").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition TotalStaff = FactDefinition.Count(
        "totalStaff", "人", "职工总数（上年末）", "Total staff (at the end of last year)").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition RdStaff = FactDefinition.Count(
        "rdStaff", "人", "研发人员数（上年末）", "R&D staff (at the end of last year)").OfEnterpriseYear(FactSource.Profile);

    /// <summary>The first of the three years before the evaluation's (前三年之首).</summary>
    public static readonly FactDefinition RevenueThreeYearsAgo = FactDefinition.Money(
        "revenueThreeYearsAgo", "前三年中第一年主营业务收入（上年度的前两年）", "Main-business revenue three years ago (two years before last year)").OfEnterpriseYear(FactSource.Profile);

    /// <summary>
    /// The highest yearly revenue of any year before last year (0 for an enterprise established last year): settled by the
    /// profile only when it holds every year from establishment on, since a year missing could be the highest.
    /// </summary>
    public static readonly FactDefinition HighestRevenueBeforeLastYear = FactDefinition.Money(
        "highestRevenueBeforeLastYear", "上年度之前各年度最高主营业务收入", "Highest main-business revenue of any year before last year").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition LastYearNetProfit = FactDefinition.Money(
        "lastYearNetProfit", "上年度净利润", "Net profit last year").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition NetProfitThreeYearsAgo = FactDefinition.Money(
        "netProfitThreeYearsAgo", "前三年中第一年净利润（上年度的前两年）", "Net profit three years ago (two years before last year)").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition TotalAssets = FactDefinition.Money(
        "totalAssets", "资产总额（上年末）", "Total assets (at the end of last year)").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition TotalLiabilities = FactDefinition.Money(
        "totalLiabilities", "负债总额（上年末）", "Total liabilities (at the end of last year)").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition RevenueThreeYears = FactDefinition.Money(
        "revenueThreeYears", "近三年主营业务收入合计", "Main-business revenue over the last three years").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition RdSpendThreeYears = FactDefinition.Money(
        "rdSpendThreeYears", "近三年研发投入合计", "R&D spend over the last three years").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition RevenueEarlierOfTwoYears = FactDefinition.Money(
        "revenueYear1", "近两年中前一年主营业务收入", "Main-business revenue, earlier of the last two years").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition RevenueLaterOfTwoYears = FactDefinition.Money(
        "revenueYear2", "近两年中后一年主营业务收入", "Main-business revenue, later of the last two years").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition RdSpendEarlierOfTwoYears = FactDefinition.Money(
        "rdSpendYear1", "近两年中前一年研发投入", "R&D spend, earlier of the last two years").OfEnterpriseYear(FactSource.Profile);

    public static readonly FactDefinition RdSpendLaterOfTwoYears = FactDefinition.Money(
        "rdSpendYear2", "近两年中后一年研发投入", "R&D spend, later of the last two years").OfEnterpriseYear(FactSource.Profile);
}
