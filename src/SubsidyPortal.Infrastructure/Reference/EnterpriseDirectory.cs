using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Application.Reference;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Reference;

public sealed class EnterpriseDirectory(PortalDbContext db) : IEnterpriseDirectory
{
    public const int PageSize = 50;

    public async Task<int> CountAsync(CancellationToken cancellationToken) => await db.Enterprises.CountAsync(cancellationToken);

    public async Task<IReadOnlyList<EnterpriseRow>> ListAsync(Guid? townOrParkId, string? search, CancellationToken cancellationToken)
    {
        var query = db.Enterprises.AsNoTracking();
        if (townOrParkId is { } town)
        {
            query = query.Where(e => e.TownOrParkId == town);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = UnifiedSocialCreditCode.TryParse(term, out var uscc) is null
                ? query.Where(e => e.Uscc == uscc)
                : query.Where(e => EF.Functions.ILike(e.Name, "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%"));
        }

        return await (
            from e in query
            join t in db.TownsOrParks on e.TownOrParkId equals t.Id into tj
            from t in tj.DefaultIfEmpty()
            orderby e.Name
            select new EnterpriseRow(e.Id, e.Name, e.Uscc, e.RegisteredDistrict, t != null ? t.Name : null, e.ContactPerson, e.ContactPhone, e.RegisteredAt))
            .Take(PageSize)
            .ToListAsync(cancellationToken);
    }
}
