using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Enterprises;

/// <summary>
/// One year's figures an enterprise reports (营业收入、研发投入、职工总数), the base of the revenue-milestone and
/// R&amp;D clauses. Yuan, to the fen.
/// </summary>
public sealed class AnnualFigures
{
    public const int EarliestYear = 2000;

    private AnnualFigures()
    {
    }

    internal AnnualFigures(Guid enterpriseId, int year, decimal operatingRevenue, decimal researchExpenditure, int employeeCount, int researchStaffCount)
    {
        EnterpriseId = enterpriseId;
        Year = year;
        Update(operatingRevenue, researchExpenditure, employeeCount, researchStaffCount);
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

    internal void Update(decimal operatingRevenue, decimal researchExpenditure, int employeeCount, int researchStaffCount)
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

        OperatingRevenue = operatingRevenue;
        ResearchExpenditure = researchExpenditure;
        EmployeeCount = employeeCount;
        ResearchStaffCount = researchStaffCount;
    }
}
