using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Enterprises;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Enterprises;

/// <summary>Reads and saves an enterprise's profile (企业信息). Saving is all-or-nothing and refuses stale forms.</summary>
public sealed class EnterpriseProfileService(PortalDbContext db, IClock clock)
{
    /// <summary>How many past years the form offers for figures.</summary>
    public const int YearsShown = 3;

    public async Task<Enterprise?> FindAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        await db.Enterprises.AsNoTracking()
            .Include(e => e.AnnualFigures)
            .Include(e => e.CreditRecords)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken);

    public async Task<EnterpriseProfileInput?> LoadAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.Include(e => e.AnnualFigures).SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken);
        if (enterprise is null)
        {
            return null;
        }

        var input = new EnterpriseProfileInput
        {
            Name = enterprise.Name,
            RegisteredDistrict = enterprise.RegisteredDistrict,
            TaxDistrict = enterprise.TaxDistrict,
            SettlementDistrict = enterprise.SettlementDistrict,
            TownOrParkId = enterprise.TownOrParkId,
            Industry = enterprise.Industry,
            EstablishedOn = enterprise.EstablishedOn,
            Arrival = enterprise.Arrival,
            Size = enterprise.Size,
            MovedInOn = enterprise.MovedInOn,
            HighTechFirstCertifiedOn = enterprise.HighTechFirstCertifiedOn,
            HighTechLatestCertifiedOn = enterprise.HighTechLatestCertifiedOn,
            HighTechCertificateNumber = enterprise.HighTechCertificateNumber,
            IsTechSme = enterprise.IsTechSme,
            TechSmeNumber = enterprise.TechSmeNumber,
            TechLittleGiant = enterprise.TechLittleGiant,
            ContactPerson = enterprise.ContactPerson,
            ContactPhone = enterprise.ContactPhone,
            Version = db.VersionOf(enterprise),
        };
        foreach (var year in YearsOffered(enterprise))
        {
            var figures = enterprise.AnnualFigures.FirstOrDefault(f => f.Year == year);
            input.AnnualFigures.Add(new AnnualFiguresInput
            {
                Year = year,
                OperatingRevenue = figures?.OperatingRevenue,
                ResearchExpenditure = figures?.ResearchExpenditure,
                EmployeeCount = figures?.EmployeeCount,
                ResearchStaffCount = figures?.ResearchStaffCount,
                NetProfit = figures?.NetProfit,
                TotalAssets = figures?.TotalAssets,
                TotalLiabilities = figures?.TotalLiabilities,
            });
        }

        return input;
    }

    public async Task<CommandResult> SaveAsync(Guid enterpriseId, EnterpriseProfileInput input, CancellationToken cancellationToken)
    {
        var towns = await db.TownDistrictsAsync(cancellationToken);
        var validation = new EnterpriseProfileValidator(towns, () => clock.Today).Validate(input);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        var enterprise = await db.Enterprises.Include(e => e.AnnualFigures).SingleAsync(e => e.Id == enterpriseId, cancellationToken);
        var offered = YearsOffered(enterprise).ToHashSet();
        var now = clock.Now;
        try
        {
            enterprise.UpdateProfile(
                new EnterpriseProfile(
                    input.Name!, input.RegisteredDistrict!.Value, input.TaxDistrict!.Value, input.SettlementDistrict!.Value,
                    input.TownOrParkId, input.Industry!.Value, input.EstablishedOn, input.HighTechFirstCertifiedOn,
                    input.HighTechLatestCertifiedOn, input.HighTechCertificateNumber, input.IsTechSme, input.TechSmeNumber,
                    input.TechLittleGiant, input.ContactPerson!, input.ContactPhone!.Trim(), input.Arrival, input.MovedInOn, input.Size),
                now);
            foreach (var row in input.AnnualFigures.Where(r => !r.IsBlank && offered.Contains(r.Year)))
            {
                enterprise.RecordAnnualFigures(
                    row.Year, row.OperatingRevenue!.Value, row.ResearchExpenditure!.Value, row.EmployeeCount!.Value, row.ResearchStaffCount!.Value, now,
                    new YearEndFinancials(row.NetProfit, row.TotalAssets, row.TotalLiabilities));
            }

            db.ExpectVersion(enterprise, input.Version);
            await db.SaveChangesAsync(cancellationToken);
            input.Version = db.VersionOf(enterprise);
            return CommandResult.Success;
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Fail(string.Empty, ValidationText.Get("concurrency.conflict"));
        }
    }

    /// <summary>The last three completed years, plus any earlier year already on file.</summary>
    private IEnumerable<int> YearsOffered(Enterprise enterprise)
    {
        var lastYear = clock.Today.Year - 1;
        return Enumerable.Range(lastYear - YearsShown + 1, YearsShown)
            .Union(enterprise.AnnualFigures.Select(f => f.Year))
            .OrderDescending();
    }
}
