using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Reference;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Reference;

public sealed class ReferenceData(PortalDbContext db) : IReferenceData
{
    public Task<IReadOnlyList<TownOrPark>> TownsOrParksAsync(CancellationToken cancellationToken) => db.TownsOrParksAsync(cancellationToken);

    public Task<string?> EnterpriseNameAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
}
