using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Enterprises;
using SubsidyPortal.Application.Towns;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Enterprises;

/// <summary>
/// <see cref="IStaffEnterprises"/>: the profile through <see cref="EnterpriseProfileService"/>, filings through
/// <see cref="ApplicationQueries.VisibleTo"/> and awards through the award scope (<see cref="AwardQueries"/>), so each
/// role sees what it saw before.
/// </summary>
public sealed class StaffEnterprises(PortalDbContext db, EnterpriseProfileService profiles, ApplicationQueries applications, IClock clock) : IStaffEnterprises
{
    /// <summary>Filings and awards listed on the page; the lists elsewhere show the rest.</summary>
    public const int ListSize = 10;

    public async Task<StaffEnterpriseView?> DetailAsync(Guid enterpriseId, Actor actor, CancellationToken cancellationToken)
    {
        if (!PortalRoles.EnterpriseReaders.Split(',').Contains(actor.Role))
        {
            return null;
        }

        var enterprise = await profiles.FindAsync(enterpriseId, cancellationToken);
        if (enterprise is null)
        {
            return null;
        }

        var townName = enterprise.TownOrParkId is { } townId
            ? await db.TownsOrParks.AsNoTracking().Where(t => t.Id == townId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken)
            : null;

        // Filings for the committee, whose pages open them; awards for committee and finance (the award scope).
        IReadOnlyList<TownFilingRow>? filingRows = null;
        var filingCount = 0;
        if (actor.Role == PortalRoles.CommitteeStaff)
        {
            var filings = applications.VisibleTo(actor).Where(a => a.EnterpriseId == enterpriseId);
            filingCount = await filings.CountAsync(cancellationToken);
            var latest = await filings.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id).Take(ListSize)
                .Select(a => new { a.Id, a.ReferenceNumber, a.ProjectName, a.ClauseId, a.Status, a.SubmittedAt })
                .ToListAsync(cancellationToken);
            filingRows = latest.Select(r => new TownFilingRow(
                r.Id, r.ReferenceNumber, r.ProjectName, enterpriseId, enterprise.Name, PolicyCatalog.Find(r.ClauseId)?.TitleZh ?? string.Empty,
                r.Status, r.SubmittedAt, null)).ToList();
        }

        IReadOnlyList<TownAwardRow>? awardRows = null;
        var awardCount = 0;
        var awards = AwardQueries.Scope(db.Awards.AsNoTracking(), actor).Where(a => a.EnterpriseId == enterpriseId);
        if (actor.Role is PortalRoles.CommitteeStaff or PortalRoles.FinanceStaff)
        {
            awardCount = await awards.CountAsync(cancellationToken);
            var latest = await awards.OrderByDescending(a => a.AwardedOn).ThenByDescending(a => a.AwardNumber).Take(ListSize).ToListAsync(cancellationToken);
            var ids = latest.Select(a => a.Id).ToList();
            var today = clock.Today;
            var overdue = await db.ProgressReports.AsNoTracking()
                .Where(r => ids.Contains(r.AwardId) && r.Status == ProgressReportStatus.Due && r.DueOn < today)
                .GroupBy(r => r.AwardId).Select(g => new { AwardId = g.Key, Count = g.Count(), Oldest = g.Min(r => r.DueOn) })
                .ToDictionaryAsync(x => x.AwardId, cancellationToken);
            awardRows = latest.Select(a =>
            {
                var late = a.Status == AwardStatus.Revoked ? null : overdue.GetValueOrDefault(a.Id);
                return new TownAwardRow(a.Id, a.AwardNumber, a.RecipientName, a.ProjectName, a.Amount, a.PaidAmount, a.UnpaidAmount, a.Status, a.AwardedOn,
                    late?.Count ?? 0, late?.Oldest, a.BankAccountConfirmedAt is not null);
            }).ToList();
        }

        return new StaffEnterpriseView(enterprise, townName, filingRows, filingCount, awardRows, awardCount);
    }
}
