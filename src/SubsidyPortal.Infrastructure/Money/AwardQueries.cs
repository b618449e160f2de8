using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>The filters of the award lists; empty means "any".</summary>
public sealed class AwardFilter
{
    public string? PolicyId { get; set; }

    public Guid? CallId { get; set; }

    public int? Year { get; set; }

    public AwardStatus? Status { get; set; }

    public AwardSource? Source { get; set; }

    public Guid? TownOrParkId { get; set; }

    /// <summary>Part of the recipient's name (分配对象).</summary>
    public string? EnterpriseName { get; set; }
}

/// <summary>One row of an award list, with what needs doing flagged.</summary>
public sealed record AwardRow(
    Award Award,
    AwardTranche? NextTranche,
    int OverdueReports,
    int DueReports,
    int PendingChanges)
{
    public decimal Paid => Award.PaidAmount;

    /// <summary>Still to be paid: every tranche neither paid nor stopped.</summary>
    public decimal Outstanding => Award.UnpaidAmount;

    public bool AccountConfirmed => Award.BankAccountConfirmedAt is not null;
}

/// <summary>A list and its totals.</summary>
public sealed record AwardList(IReadOnlyList<AwardRow> Rows, decimal TotalAmount, decimal TotalPaid, decimal TotalOutstanding, int OverdueReports, int PendingChanges, bool Truncated);

/// <summary>Everything the award pages show about one award.</summary>
public sealed record AwardDetail(
    Award Award,
    IReadOnlyList<ChangeRequest> Changes,
    IReadOnlyList<ProgressReport> Reports,
    IReadOnlyList<MoneyEvent> Trail,
    Clawback? Clawback,
    BankAccountInput? LastConfirmedAccount);

/// <summary>
/// Award lists and pages, scoped by who asks: an enterprise sees only its own awards, a town or park only its
/// enterprises', committee staff and finance all. Anyone else sees nothing.
/// </summary>
public sealed class AwardQueries(PortalDbContext db, IClock clock)
{
    public const int MaxRows = 500;

    public async Task<AwardList> ListAsync(AwardFilter filter, Actor actor, CancellationToken cancellationToken)
    {
        var query = Scope(db.Awards.AsNoTracking(), actor);
        if (!string.IsNullOrWhiteSpace(filter.PolicyId))
        {
            query = query.Where(a => a.PolicyId == filter.PolicyId);
        }

        if (filter.CallId is { } callId)
        {
            query = query.Where(a => a.CallId == callId);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(a => a.Year == year);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (filter.Source is { } source)
        {
            query = query.Where(a => a.Source == source);
        }

        if (filter.TownOrParkId is { } town)
        {
            query = query.Where(a => a.TownOrParkId == town);
        }

        if (!string.IsNullOrWhiteSpace(filter.EnterpriseName))
        {
            var pattern = "%" + filter.EnterpriseName.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(a => EF.Functions.ILike(a.RecipientName, pattern));
        }

        var awards = await query.OrderByDescending(a => a.AwardedOn).ThenByDescending(a => a.AwardNumber).Take(MaxRows + 1).ToListAsync(cancellationToken);
        var truncated = awards.Count > MaxRows;
        if (truncated)
        {
            awards.RemoveAt(MaxRows);
        }

        var ids = awards.Select(a => a.Id).ToList();
        var today = clock.Today;
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => ids.Contains(r.AwardId) && r.Status == ProgressReportStatus.Due)
            .GroupBy(r => r.AwardId)
            .Select(g => new { AwardId = g.Key, Due = g.Count(), Overdue = g.Count(r => r.DueOn < today) })
            .ToDictionaryAsync(x => x.AwardId, cancellationToken);
        var changes = await db.ChangeRequests.AsNoTracking()
            .Where(r => ids.Contains(r.AwardId) && r.Status == ChangeRequestStatus.Pending)
            .GroupBy(r => r.AwardId)
            .Select(g => new { AwardId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.AwardId, x => x.Count, cancellationToken);
        var rows = awards.Select(a => new AwardRow(
                a,
                NextTranche(a),
                reports.TryGetValue(a.Id, out var r) ? r.Overdue : 0,
                reports.TryGetValue(a.Id, out var d) ? d.Due : 0,
                changes.GetValueOrDefault(a.Id)))
            .ToList();
        return new AwardList(
            rows, rows.Sum(r => r.Award.Amount), rows.Sum(r => r.Paid), rows.Sum(r => r.Outstanding),
            rows.Sum(r => r.OverdueReports), rows.Sum(r => r.PendingChanges), truncated);
    }

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
