using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Application.Reference;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Reference;

public sealed class EnterpriseDirectory(PortalDbContext db) : IEnterpriseDirectory
{
    public const int PageSize = 50;

    public async Task<int> CountAsync(CancellationToken cancellationToken) => await db.Enterprises.CountAsync(cancellationToken);

    public async Task<IReadOnlyList<EnterpriseRow>> ListAsync(Guid? townOrParkId, string? search, CancellationToken cancellationToken) =>
        await Rows(Filter(townOrParkId, search).OrderBy(e => e.Name)).Take(PageSize).ToListAsync(cancellationToken);

    public async Task<PagedResult<EnterpriseRow>> PageAsync(Guid? townOrParkId, PageRequest page, CancellationToken cancellationToken)
    {
        var query = Filter(townOrParkId, page.SearchText);
        var total = await query.CountAsync(cancellationToken);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("registered", false) => query.OrderBy(e => e.RegisteredAt),
            ("registered", true) => query.OrderByDescending(e => e.RegisteredAt),
            ("name", true) => query.OrderByDescending(e => e.Name),
            _ => query.OrderBy(e => e.Name),
        };
        var rows = await Rows(sorted.ThenBy(e => e.Id).Skip(page.Skip).Take(page.Take)).ToListAsync(cancellationToken);
        return new PagedResult<EnterpriseRow>(rows, total);
    }

    /// <summary>A whole credit code finds that enterprise; anything else is part of a name.</summary>
    private IQueryable<Enterprise> Filter(Guid? townOrParkId, string? search)
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

        return query;
    }

    // A projection of the sorted (and paged) enterprises, so their order holds; the town is named by a subquery.
    private IQueryable<EnterpriseRow> Rows(IQueryable<Enterprise> enterprises) =>
        enterprises.Select(e => new EnterpriseRow(
            e.Id, e.Name, e.Uscc, e.RegisteredDistrict, db.TownsOrParks.Where(t => t.Id == e.TownOrParkId).Select(t => t.Name).FirstOrDefault(),
            e.ContactPerson, e.ContactPhone, e.RegisteredAt));
}
