using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>Everything the award pages show about one award.</summary>
public sealed record AwardDetail(
    Award Award,
    IReadOnlyList<ChangeRequest> Changes,
    IReadOnlyList<ProgressReport> Reports,
    IReadOnlyList<MoneyEvent> Trail,
    Clawback? Clawback,
    BankAccountInput? LastConfirmedAccount);

/// <summary>
/// An award's page, scoped by who asks: an enterprise sees only its own awards, a town or park only its
/// enterprises', committee staff and finance all. Anyone else sees nothing.
/// </summary>
public sealed class AwardQueries(PortalDbContext db)
{
    /// <summary>The award with its changes, reports, trail and claw-back; null when it does not exist or the actor may not see it.</summary>
    public async Task<AwardDetail?> DetailAsync(Guid awardId, Actor actor, CancellationToken cancellationToken)
    {
        var award = await db.Awards.AsNoTracking().SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken);
        if (award is null || !AwardService.MaySee(award, actor))
        {
            return null;
        }

        var changes = await db.ChangeRequests.AsNoTracking().Where(r => r.AwardId == awardId).OrderByDescending(r => r.FiledAt).ToListAsync(cancellationToken);
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => r.AwardId == awardId && r.Status != ProgressReportStatus.Superseded)
            .OrderBy(r => r.DueOn).ThenBy(r => r.Sequence)
            .ToListAsync(cancellationToken);
        var trail = await db.MoneyEvents.AsNoTracking().Where(e => e.SubjectId == awardId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var clawback = await db.Clawbacks.AsNoTracking().SingleOrDefaultAsync(c => c.AwardId == awardId, cancellationToken);
        var last = actor.Role == PortalRoles.Applicant && award.BankAccountConfirmedAt is null
            ? await LastConfirmedAccountAsync(award.EnterpriseId, award.Id, cancellationToken)
            : null;
        return new AwardDetail(award, changes, reports, trail, clawback, last);
    }

    /// <summary>The account the enterprise confirmed most recently on another award, to prefill the form.</summary>
    public async Task<BankAccountInput?> LastConfirmedAccountAsync(Guid enterpriseId, Guid exceptAwardId, CancellationToken cancellationToken) =>
        await db.Awards.AsNoTracking()
            .Where(a => a.EnterpriseId == enterpriseId && a.Id != exceptAwardId && a.BankAccountConfirmedAt != null)
            .OrderByDescending(a => a.BankAccountConfirmedAt)
            .Select(a => new BankAccountInput(a.BankAccountName, a.BankName, a.BankAccountNumber))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The calls awards came from, for the filter (the actor's scope only).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> CallsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var callIds = Scope(db.Awards.AsNoTracking(), actor).Where(a => a.CallId != null).Select(a => a.CallId!.Value).Distinct();
        var calls = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).OrderByDescending(c => c.Year).Select(c => new { c.Id, c.TitleZh }).ToListAsync(cancellationToken);
        return calls.Select(c => (c.Id, c.TitleZh)).ToList();
    }

    /// <summary>The years awards count against, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(Actor actor, CancellationToken cancellationToken) =>
        await Scope(db.Awards.AsNoTracking(), actor).Select(a => a.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    /// <summary>Next unpaid tranche by due date (what the enterprise waits for next).</summary>
    public static AwardTranche? NextTranche(Award award) =>
        award.Status == AwardStatus.Revoked ? null : award.Tranches.Where(t => t.IsUnpaid).OrderBy(t => t.DueOn).ThenBy(t => t.Sequence).FirstOrDefault();

    /// <summary>The awards the actor may list (the enterprise's own, a town's enterprises', all for staff and finance).</summary>
    internal static IQueryable<Award> Scope(IQueryable<Award> awards, Actor actor) => actor.Role switch
    {
        PortalRoles.CommitteeStaff or PortalRoles.FinanceStaff => awards,
        PortalRoles.Applicant when actor.EnterpriseId is { } enterprise => awards.Where(a => a.EnterpriseId == enterprise),
        PortalRoles.TownOrPark when actor.TownOrParkId is { } town => awards.Where(a => a.TownOrParkId == town),
        _ => awards.Where(a => false),
    };
}
