using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Infrastructure.Persistence;

public static class ReferenceQueries
{
    public static async Task<IReadOnlyDictionary<Guid, District>> TownDistrictsAsync(this PortalDbContext db, CancellationToken cancellationToken) =>
        await db.TownsOrParks.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.District, cancellationToken);

    /// <summary>Every town/park's name by id (a few dozen rows), for the profile facts a town settles.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> TownNamesAsync(this PortalDbContext db, CancellationToken cancellationToken) =>
        await db.TownsOrParks.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

    public static async Task<string?> TownNameAsync(this PortalDbContext db, Guid? townOrParkId, CancellationToken cancellationToken) =>
        townOrParkId is { } id ? await db.TownsOrParks.AsNoTracking().Where(t => t.Id == id).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken) : null;

    public static async Task<IReadOnlyList<TownOrPark>> TownsOrParksAsync(this PortalDbContext db, CancellationToken cancellationToken) =>
        // Enums are stored as text; order by their declared order in memory (the list is a few dozen rows).
        (await db.TownsOrParks.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(t => t.District).ThenBy(t => t.Kind).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
}
