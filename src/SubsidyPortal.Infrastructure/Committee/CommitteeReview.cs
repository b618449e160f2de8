using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Notices;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Committee;

/// <summary>
/// <see cref="ICommitteeReview"/> over the workflow, review, notice and findings services, which keep the rules: this
/// class gathers what the review page shows and passes each decision on.
/// </summary>
public sealed class CommitteeReview(
    PortalDbContext db,
    ApplicationQueries queries,
    ApplicationViews views,
    ApplicationWorkflow workflow,
    AutomaticFindings findings,
    ReviewService reviews,
    NoticeService notices,
    AwardService awards) : ICommitteeReview
{
    /// <summary>The decisions taken on this page, in the order offered (the usual one first); proposing and publishing
    /// are done for the whole call on its ranking.</summary>
    private static readonly ApplicationAction[] PageDecisions =
        [ApplicationAction.PassPreliminaryReview, ApplicationAction.ReturnForCorrection, ApplicationAction.Reject, ApplicationAction.Revoke];

    public async Task<ReviewView?> ReviewAsync(Guid applicationId, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff || await queries.FindAsync(applicationId, staff, cancellationToken) is not { } application)
        {
            return null;
        }

        var record = await views.BuildAsync(application, cancellationToken);
        var found = await findings.ForAsync(application, cancellationToken);
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var award = await awards.AwardOfApplicationAsync(applicationId, cancellationToken);
        var panel = await reviews.AssignmentsAsync(applicationId, cancellationToken);
        var aggregation = await reviews.AggregationAsync(applicationId, cancellationToken);
        var opinions = await reviews.OpinionsAsync(applicationId, cancellationToken);
        var objections = await notices.ObjectionsAsync(applicationId, cancellationToken);

        // Once approved it has an award: revocation (and everything about money) is done there, so both stop together.
        var decisions = ApplicationTransitions.ActionsFor(application.Status, PortalRoles.CommitteeStaff)
            .Where(a => PageDecisions.Contains(a) && !(a == ApplicationAction.Revoke && award is not null))
            .OrderBy(a => Array.IndexOf(PageDecisions, a))
            .ToList();
        var sitting = panel.Count(p => p.Declaration != ConflictDeclaration.Recused);
        var stage = CommitteeStages.Of(application.Status, sitting > 0, application.AggregatedScore is not null);
        var queue = CommitteeStages.QueueOf(stage)
                    ?? (objections.Any(o => o.Status == ObjectionStatus.Open) ? CommitteeStages.ObjectionsQueue : null);
        return new ReviewView(
            record,
            found.Select(f => new ReviewFinding(f.Code, (FindingLevel)(int)f.Severity, f.TextZh, f.TextEn, f.OtherStatus)).ToList(),
            decisions,
            award is { } a ? new AwardLink(a.Id, a.Number) : null,
            call.ExpertsPerApplication,
            call.ExpertSpecialty,
            panel.Select(p => new PanelMember(p.ExpertName, p.Organisation, p.Declaration, p.WeightedTotal, p.SubmittedAt)).ToList(),
            new PanelScore(aggregation.HasScores ? aggregation.Mean : null, aggregation.Count, aggregation.Dropped.Count, aggregation.SpreadFlag, aggregation.Spread),
            application.Status == ApplicationStatus.ExpertReview && sitting < call.ExpertsPerApplication,
            application.Status is ApplicationStatus.ExpertReview or ApplicationStatus.ProposedForApproval,
            opinions.Select(o => new OpinionLine(o.Department, o.Opinion, o.RecordedByName, o.RecordedAt)).ToList(),
            objections.Select(o => new ObjectionLine(o.Id, o.Name, o.Contact, o.Text, o.LodgedAt, o.Status, o.Resolution, o.ResolvedAt)).ToList(),
            stage,
            queue);
    }

    public async Task<CommandResult> DecideAsync(Guid applicationId, ApplicationAction decision, string? reason, DateOnly? deadline, Actor staff, CancellationToken cancellationToken)
    {
        if (!PageDecisions.Contains(decision))
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.transition-not-allowed"));
        }

        return await workflow.ApplyAsync(applicationId, decision, staff, new TransitionInput(reason, deadline), cancellationToken);
    }

    public async Task<CommandResult> DrawExpertsAsync(Guid applicationId, Actor staff, CancellationToken cancellationToken) =>
        staff.Role == PortalRoles.CommitteeStaff
            ? await reviews.DrawExpertsAsync(applicationId, staff, cancellationToken)
            : CommandResult.Fail(string.Empty, ValidationText.Get("application.role-not-allowed"));

    public async Task<CommandResult> RecordOpinionAsync(Guid applicationId, string? department, string? opinion, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.role-not-allowed"));
        }

        return await queries.FindAsync(applicationId, staff, cancellationToken) is null
            ? CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"))
            : await reviews.RecordOpinionAsync(applicationId, department, opinion, staff, cancellationToken);
    }

    public async Task<CommandResult> ResolveObjectionAsync(Guid applicationId, Guid objectionId, bool upheld, string? resolution, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.role-not-allowed"));
        }

        // An objection is resolved on its own application's page only.
        return await db.Objections.AnyAsync(o => o.Id == objectionId && o.ApplicationId == applicationId, cancellationToken)
            ? await notices.ResolveObjectionAsync(objectionId, upheld, resolution, staff, cancellationToken)
            : CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"));
    }

    public async Task<QueueNext?> NextAsync(string queueKey, Guid after, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff)
        {
            return null;
        }

        var applications = queries.VisibleTo(staff).Where(a => a.Id != after);
        IQueryable<Waiting> waiting;
        if (CommitteeStages.StageOfQueue(queueKey) is { } stage && queueKey != CommitteeStages.RankingQueue)
        {
            waiting = CommitteeStages.WithSince(CommitteeStages.In(db, applications, stage));
        }
        else if (queueKey == CommitteeStages.ObjectionsQueue)
        {
            // Oldest open objection first, as on the work queue.
            waiting = applications.Where(a => db.Objections.Any(o => o.ApplicationId == a.Id && o.Status == ObjectionStatus.Open))
                .Select(a => new Waiting
                {
                    Application = a,
                    Since = db.Objections.Where(o => o.ApplicationId == a.Id && o.Status == ObjectionStatus.Open).Min(o => o.LodgedAt),
                });
        }
        else
        {
            return null;
        }

        var remaining = await waiting.CountAsync(cancellationToken);
        var next = await (from w in waiting
                          join e in db.Enterprises on w.Application.EnterpriseId equals e.Id
                          orderby w.Since, w.Application.ReferenceNumber
                          select new { w.Application.Id, w.Application.ReferenceNumber, e.Name, w.Application.ProjectName })
            .FirstOrDefaultAsync(cancellationToken);
        return next is null ? null : new QueueNext(next.Id, next.ReferenceNumber, next.Name, next.ProjectName, remaining);
    }
}
