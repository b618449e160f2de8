using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>A row of an application list.</summary>
public sealed record ApplicationRow(
    Guid Id, string ReferenceNumber, string ProjectName, string ClauseId, string EnterpriseName, Guid CallId, ApplicationStatus Status,
    DateTimeOffset? SubmittedAt, decimal? EvaluatedAmount, decimal? AggregatedScore, decimal? ApprovedAmount);

/// <summary>
/// Who may see which application, in one place, so pages and the API cannot disagree: an applicant only its
/// enterprise's, a town/park only its own enterprises' filings, an expert only what is assigned to them after
/// declaring no conflict, committee and finance staff every filed application. Drafts are the applicant's alone.
/// </summary>
public sealed class ApplicationQueries(PortalDbContext db)
{
    public IQueryable<SubsidyApplication> VisibleTo(Actor actor)
    {
        var applications = db.Applications.AsNoTracking();
        return actor.Role switch
        {
            PortalRoles.Applicant => applications.Where(a => actor.EnterpriseId != null && a.EnterpriseId == actor.EnterpriseId),
            PortalRoles.TownOrPark => applications.Where(a => actor.TownOrParkId != null && a.TownOrParkId == actor.TownOrParkId && a.Status != ApplicationStatus.Draft),
            PortalRoles.CommitteeStaff or PortalRoles.FinanceStaff or PortalRoles.Administrator => applications.Where(a => a.Status != ApplicationStatus.Draft),
            PortalRoles.Expert => applications.Where(a => db.ExpertAssignments.Any(x =>
                x.ApplicationId == a.Id && x.Declaration == ConflictDeclaration.NoConflict
                && db.Experts.Any(e => e.Id == x.ExpertId && e.UserId == actor.UserId))),
            _ => applications.Where(_ => false),
        };
    }

    public Task<SubsidyApplication?> FindAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        VisibleTo(actor).Include(a => a.Materials).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<IReadOnlyList<ApplicationRow>> ListAsync(Actor actor, Guid? callId, ApplicationStatus? status, CancellationToken cancellationToken)
    {
        var query = VisibleTo(actor);
        if (callId is { } c)
        {
            query = query.Where(a => a.CallId == c);
        }

        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        var rows = await query
            .OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.ReferenceNumber)
            .Join(db.Enterprises, a => a.EnterpriseId, e => e.Id, (a, e) => new
            {
                a.Id, a.ReferenceNumber, a.ProjectName, a.ClauseId, EnterpriseName = e.Name, a.CallId, a.Status, a.SubmittedAt, a.EvaluatedAmount, a.AggregatedScore, a.ApprovedAmount,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ApplicationRow(
            r.Id, r.ReferenceNumber, r.ProjectName, r.ClauseId, r.EnterpriseName, r.CallId, r.Status, r.SubmittedAt, r.EvaluatedAmount, r.AggregatedScore, r.ApprovedAmount)).ToList();
    }

    /// <summary>The audit trail, oldest first: the timeline the applicant and staff see.</summary>
    public async Task<IReadOnlyList<ApplicationEvent>> TimelineAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == applicationId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
}
