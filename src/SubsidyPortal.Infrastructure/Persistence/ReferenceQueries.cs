using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Infrastructure.Persistence;

public static class ReferenceQueries
{
    public static async Task<IReadOnlyDictionary<Guid, District>> TownDistrictsAsync(this PortalDbContext db, CancellationToken cancellationToken) =>
        await db.TownsOrParks.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.District, cancellationToken);

    public static async Task<IReadOnlyList<TownOrPark>> TownsOrParksAsync(this PortalDbContext db, CancellationToken cancellationToken) =>
        await db.TownsOrParks.AsNoTracking().OrderBy(t => t.District).ThenBy(t => t.Kind).ThenBy(t => t.Name).ToListAsync(cancellationToken);
}
