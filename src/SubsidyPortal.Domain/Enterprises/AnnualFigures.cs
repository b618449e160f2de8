using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Enterprises;

/// <summary>
/// One year's figures an enterprise reports (营业收入、研发投入、职工总数), the base of the revenue-milestone and
/// R&amp;D clauses, and optionally its 净利润 and year-end 资产总额 / 负债总额 (growth, profit and debt-ratio conditions).
/// Yuan, to the fen.
/// </summary>
public sealed class AnnualFigures
{
    public const int EarliestYear = 2000;

    private AnnualFigures()
    {
    }

    internal AnnualFigures(Guid enterpriseId, int year, decimal operatingRevenue, decimal researchExpenditure, int employeeCount, int researchStaffCount, YearEndFinancials financials)
    {
        EnterpriseId = enterpriseId;
        Year = year;
        Update(operatingRevenue, researchExpenditure, employeeCount, researchStaffCount, financials);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid EnterpriseId { get; private set; }

    public int Year { get; private set; }

    /// <summary>营业收入, yuan.</summary>
    public decimal OperatingRevenue { get; private set; }

    /// <summary>研发投入（研发费用）, yuan.</summary>
    public decimal ResearchExpenditure { get; private set; }

    /// <summary>职工总数 at year end.</summary>
    public int EmployeeCount { get; private set; }

    /// <summary>研发人员数 at year end.</summary>
    public int ResearchStaffCount { get; private set; }

    /// <summary>净利润, yuan; negative for a loss. Null while not reported.</summary>
    public decimal? NetProfit { get; private set; }

    /// <summary>资产总额 at year end, yuan. Null while not reported.</summary>
    public decimal? TotalAssets { get; private set; }

    /// <summary>负债总额 at year end, yuan. Null while not reported.</summary>
    public decimal? TotalLiabilities { get; private set; }

    internal void Update(decimal operatingRevenue, decimal researchExpenditure, int employeeCount, int researchStaffCount, YearEndFinancials financials)
    {
        Guard.NonNegativeFen(operatingRevenue, "revenue.invalid");
        Guard.NonNegativeFen(researchExpenditure, "research-expenditure.invalid");
        if (employeeCount < 0 || researchStaffCount < 0)
        {
            throw new DomainException("staff-count.negative", "Staff counts cannot be negative.");
        }

        if (researchStaffCount > employeeCount)
        {
            throw new DomainException("research-staff.exceeds-employees", "Research staff cannot outnumber employees.");
        }

        if (financials.NetProfit is { } profit && !Money.IsWholeFen(profit))
        {
            throw new DomainException("net-profit.invalid", "Net profit must be in yuan to the fen.");
        }

        if (financials.TotalAssets is { } assets)
        {
            Guard.NonNegativeFen(assets, "total-assets.invalid");
        }

        if (financials.TotalLiabilities is { } liabilities)
        {
            Guard.NonNegativeFen(liabilities, "total-liabilities.invalid");
        }

        OperatingRevenue = operatingRevenue;
        ResearchExpenditure = researchExpenditure;
        EmployeeCount = employeeCount;
        ResearchStaffCount = researchStaffCount;
        NetProfit = financials.NetProfit;
        TotalAssets = financials.TotalAssets;
        TotalLiabilities = financials.TotalLiabilities;
    }
}

/// <summary>The year's optional financial figures: 净利润 (may be negative) and year-end 资产总额 / 负债总额, yuan.</summary>
public sealed record YearEndFinancials(decimal? NetProfit = null, decimal? TotalAssets = null, decimal? TotalLiabilities = null)
{
    public static readonly YearEndFinancials None = new();
}
