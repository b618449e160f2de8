using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Ledger;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Ledger;

/// <summary>
/// <see cref="IFundingLedger"/> from the awards, their tranches and claw-backs, matched by 统一社会信用代码. The
/// authority filters are set aside on purpose: a clerk deciding a filing must see support the enterprise has from every
/// programme, whichever authority made it (amounts only; the awards' pages stay the authority's).
/// </summary>
public sealed class FundingLedgerService(PortalDbContext db) : IFundingLedger
{
    private static readonly TrancheStatus[] Unpaid = [TrancheStatus.Scheduled, TrancheStatus.Payable, TrancheStatus.InBatch];

    public async Task<FundingLedger?> ForEnterpriseAsync(Actor actor, Guid enterpriseId, CancellationToken cancellationToken)
    {
        var allowed = actor.Role == PortalRoles.CommitteeStaff || (actor.Role == PortalRoles.Applicant && actor.EnterpriseId == enterpriseId);
        var enterprise = allowed
            ? await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId).Select(e => new { e.Uscc, e.Name }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (enterprise is null)
        {
            return null;
        }

        // One enterprise holds a handful of awards: each with its sums, then grouped by year here.
        var uscc = enterprise.Uscc.ToString();
        var awards = await db.Awards.IgnoreQueryFilters().AsNoTracking().Where(a => a.Uscc == uscc)
            .Select(a => new
            {
                a.Year,
                a.Amount,
                a.Status,
                Paid = db.AwardTranches.IgnoreQueryFilters().Where(t => t.AwardId == a.Id && t.Status == TrancheStatus.Paid).Sum(t => (decimal?)t.Amount) ?? 0m,
                Unpaid = db.AwardTranches.IgnoreQueryFilters().Where(t => t.AwardId == a.Id && Unpaid.Contains(t.Status)).Sum(t => (decimal?)t.Amount) ?? 0m,
                Due = db.Clawbacks.IgnoreQueryFilters().Where(c => c.AwardId == a.Id).Sum(c => (decimal?)c.AmountDue) ?? 0m,
                Recovered = db.Clawbacks.IgnoreQueryFilters().Where(c => c.AwardId == a.Id).Sum(c => (decimal?)c.AmountRecovered) ?? 0m,
                WrittenOff = db.Clawbacks.IgnoreQueryFilters().Where(c => c.AwardId == a.Id).Sum(c => (decimal?)c.AmountWrittenOff) ?? 0m,
            })
            .ToListAsync(cancellationToken);
        var years = awards.GroupBy(a => a.Year).OrderByDescending(g => g.Key)
            .Select(g => new LedgerYear(g.Key, g.Count(), g.Sum(a => a.Amount), g.Sum(a => a.Paid),
                // A revoked or cancelled award's unpaid tranches are stopped, not owed.
                g.Where(a => a.Status == AwardStatus.Active).Sum(a => a.Unpaid), g.Sum(a => a.Due), g.Sum(a => a.Recovered), g.Sum(a => a.WrittenOff)))
            .ToList();
        return new FundingLedger(enterpriseId, uscc, enterprise.Name, years);
    }
}
