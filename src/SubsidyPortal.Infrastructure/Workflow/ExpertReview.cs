using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Applications;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Reviews;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Work;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>
/// <see cref="IExpertReview"/> over <see cref="ReviewService"/>, which keeps the rules (whose assignment it is, the
/// declaration before anything is seen, the replacement on recusal, the score sheet, the aggregation): this class
/// gathers what the expert's pages show and passes commands on.
/// </summary>
public sealed class ExpertReview(PortalDbContext db, ReviewService reviews, ApplicationViews views) : IExpertReview
{
    public async Task<PagedResult<FinishedAssignmentRow>> FinishedAsync(Actor expert, PageRequest page, CancellationToken cancellationToken)
    {
        var finished = ExpertQueue.FinishedAssignments(db, expert);
        var total = await finished.CountAsync(cancellationToken);
        if (total == 0)
        {
            return PagedResult<FinishedAssignmentRow>.Empty;
        }

        var rows = finished
            .Join(db.Applications, x => x.ApplicationId, a => a.Id, (x, a) => new { x, a.ReferenceNumber, a.ProjectName, a.EnterpriseId, a.CallId })
            .Join(db.Enterprises, r => r.EnterpriseId, e => e.Id, (r, e) => new { r.x, r.ReferenceNumber, r.ProjectName, r.CallId, EnterpriseName = e.Name })
            .Join(db.Calls, r => r.CallId, c => c.Id, (r, c) => new
            {
                r.x.Id, r.ReferenceNumber, r.ProjectName, r.EnterpriseName, CallTitle = c.TitleZh, r.x.Declaration, r.x.WeightedTotal,
                FinishedAt = r.x.SubmittedAt ?? r.x.DeclaredAt, r.x.AssignedAt,
            });
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("reference", false) => rows.OrderBy(r => r.ReferenceNumber),
            ("reference", true) => rows.OrderByDescending(r => r.ReferenceNumber),
            ("finished", false) => rows.OrderBy(r => r.FinishedAt ?? r.AssignedAt),
            _ => rows.OrderByDescending(r => r.FinishedAt ?? r.AssignedAt),
        };
        var items = await sorted.ThenBy(r => r.Id).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new PagedResult<FinishedAssignmentRow>(
            items.Select(r => new FinishedAssignmentRow(r.Id, r.ReferenceNumber, r.EnterpriseName, r.ProjectName, r.CallTitle, r.Declaration, r.WeightedTotal, r.FinishedAt)).ToList(),
            total);
    }

    public async Task<ExpertAssignmentView?> AssignmentAsync(Guid assignmentId, Actor expert, CancellationToken cancellationToken)
    {
        var assignment = await reviews.AssignmentForAsync(assignmentId, expert, cancellationToken);
        if (assignment is null)
        {
            return null;
        }

        var subject = await SubjectAsync(assignment, cancellationToken);

        // Nothing of the application is read until the expert has declared no conflict; then the record and the
        // rubric come together, so the page never holds one without the other.
        ApplicationView? application = null;
        ScoringRubric? rubric = null;
        if (assignment.MaySeeApplication)
        {
            application = await views.FindAsync(assignment.ApplicationId, expert, cancellationToken);
            rubric = application is null ? null : await reviews.RubricForAsync(application.Id, cancellationToken);
        }

        return new ExpertAssignmentView(
            assignment.Id, assignment.Declaration, assignment.AssignedAt, assignment.DeclaredAt, assignment.ConflictNote, subject,
            rubric is null ? null : application, rubric,
            RubricJson.ReadScores(assignment.ScoresJson), assignment.WeightedTotal, assignment.SubmittedAt);
    }

    public Task<CommandResult> DeclareNoConflictAsync(Guid assignmentId, Actor expert, CancellationToken cancellationToken) =>
        reviews.DeclareAsync(assignmentId, hasConflict: false, note: null, expert, cancellationToken);

    public Task<CommandResult> RecuseAsync(Guid assignmentId, string? note, Actor expert, CancellationToken cancellationToken) =>
        reviews.DeclareAsync(assignmentId, hasConflict: true, note, expert, cancellationToken);

    public async Task<CommandResult> ScoreAsync(Guid assignmentId, IReadOnlyList<ScoreEntry> entries, Actor expert, CancellationToken cancellationToken)
    {
        var assignment = await reviews.AssignmentForAsync(assignmentId, expert, cancellationToken);
        if (assignment is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("review.not-assigned"));
        }

        if (!assignment.MaySeeApplication)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("review.declaration-required"));
        }

        // Each field's problem beside its field first; the sheet checks the same again when ReviewService scores.
        var rubric = await reviews.RubricForAsync(assignment.ApplicationId, cancellationToken);
        var errors = ScoreEntries.Check(rubric, entries, out var scores);
        return errors.Count > 0 ? new CommandResult(errors) : await reviews.ScoreAsync(assignmentId, scores, expert, cancellationToken);
    }

    private async Task<DeclarationSubject> SubjectAsync(ExpertAssignment assignment, CancellationToken cancellationToken)
    {
        var row = await db.Applications.AsNoTracking().Where(a => a.Id == assignment.ApplicationId)
            .Join(db.Enterprises, a => a.EnterpriseId, e => e.Id, (a, e) => new { a.ReferenceNumber, a.ProjectName, a.ClauseId, a.CallId, EnterpriseName = e.Name })
            .Join(db.Calls, r => r.CallId, c => c.Id, (r, c) => new { r.ReferenceNumber, r.ProjectName, r.ClauseId, r.EnterpriseName, CallTitle = c.TitleZh, c.ReviewDueOn })
            .SingleAsync(cancellationToken);
        var organisation = await db.Experts.AsNoTracking().Where(e => e.Id == assignment.ExpertId).Select(e => e.OrganisationName).SingleAsync(cancellationToken);
        var clause = PolicyCatalog.Find(row.ClauseId)!;
        return new DeclarationSubject(
            row.ReferenceNumber, row.EnterpriseName, row.ProjectName, ApplicationViews.ClauseOf(clause), clause.Policy.Title, row.CallTitle, organisation, row.ReviewDueOn);
    }
}
