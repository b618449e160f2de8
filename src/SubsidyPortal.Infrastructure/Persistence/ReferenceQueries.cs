using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Infrastructure.Persistence;

public static class ReferenceQueries
{
    public static async Task<IReadOnlyDictionary<Guid, District>> TownDistrictsAsync(this PortalDbContext db, CancellationToken cancellationToken) =>
        await db.TownsOrParks.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.District, cancellationToken);

    public static async Task<IReadOnlyList<TownOrPark>> TownsOrParksAsync(this PortalDbContext db, CancellationToken cancellationToken) =>
        // Enums are stored as text; order by their declared order in memory (the list is a few dozen rows).
        (await db.TownsOrParks.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(t => t.District).ThenBy(t => t.Kind).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
}
