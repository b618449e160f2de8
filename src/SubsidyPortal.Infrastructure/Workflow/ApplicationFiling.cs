using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Applications;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>
/// <see cref="IApplicationFiling"/> over the filing, materials and workflow services, which keep the rules: this
/// class only gathers what the pages show and passes commands on.
/// </summary>
public sealed class ApplicationFiling(
    PortalDbContext db,
    IClock clock,
    ApplicationFilingService filing,
    ApplicationMaterialsService materials,
    ApplicationWorkflow workflow,
    ApplicationQueries queries,
    ApplicationViews views,
    WorkingDayCalendarService calendars) : IApplicationFiling
{
    public async Task<IReadOnlyList<CallOffer>> OpenCallsAsync(Actor applicant, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var calls = await db.Calls.AsNoTracking().Where(c => c.OpensOn <= today && c.ClosesOn >= today)
            .OrderBy(c => c.ClosesOn).ThenBy(c => c.TitleZh).ToListAsync(cancellationToken);
        var callIds = calls.Select(c => c.Id).ToList();
        var final = new[] { ApplicationStatus.Rejected, ApplicationStatus.Withdrawn, ApplicationStatus.Revoked };
        var mine = await db.Applications.AsNoTracking()
            .Where(a => a.EnterpriseId == applicant.EnterpriseId && callIds.Contains(a.CallId) && !final.Contains(a.Status))
            .Select(a => new { a.Id, a.CallId, a.ClauseId, a.Status })
            .ToListAsync(cancellationToken);
        var calendar = await calendars.LoadAsync(cancellationToken);
        return calls.Select(c => new CallOffer(
                ApplicationViews.CallOf(c, Deadlines.WorkingDaysLeft(calendar, today, c.ClosesOn)), c.Year,
                c.ClauseIds.Select(PolicyCatalog.Find).OfType<Domain.Rules.Clause>()
                    .Select(clause =>
                    {
                        var existing = mine.FirstOrDefault(a => a.CallId == c.Id && a.ClauseId == clause.Id);
                        return new ClauseOffer(ApplicationViews.ClauseOf(clause), existing?.Id, existing?.Status);
                    })
                    .ToList()))
            .ToList();
    }

    public async Task<StartOutcome> StartAsync(Guid callId, string clauseId, string? projectName, Actor applicant, CancellationToken cancellationToken)
    {
        var started = await filing.StartAsync(callId, clauseId, projectName, applicant, cancellationToken);
        return new StartOutcome(started.ApplicationId, started.Result);
    }

    public async Task<PagedResult<MyApplicationRow>> MyApplicationsAsync(Actor applicant, ApplicationStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        if (applicant.Role != PortalRoles.Applicant)
        {
            return PagedResult<MyApplicationRow>.Empty;
        }

        var query = queries.VisibleTo(applicant);
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        if (page.SearchText is { } text)
        {
            var pattern = $"%{Work.Like.Escape(text)}%";
            query = query.Where(a => EF.Functions.ILike(a.ProjectName, pattern, Work.Like.EscapeCharacter)
                                     || EF.Functions.ILike(a.ReferenceNumber, pattern, Work.Like.EscapeCharacter));
        }

        var total = await query.CountAsync(cancellationToken);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("reference", false) => query.OrderBy(a => a.ReferenceNumber),
            ("reference", true) => query.OrderByDescending(a => a.ReferenceNumber),
            ("project", false) => query.OrderBy(a => a.ProjectName),
            ("project", true) => query.OrderByDescending(a => a.ProjectName),
            ("updated", false) => query.OrderBy(a => a.UpdatedAt),
            _ => query.OrderByDescending(a => a.UpdatedAt),
        };
        var rows = await sorted.ThenBy(a => a.Id).Skip(page.Skip).Take(page.Take)
            .Join(db.Calls, a => a.CallId, c => c.Id, (a, c) => new
            {
                a.Id, a.ReferenceNumber, a.ProjectName, a.ClauseId, a.Status, a.UpdatedAt, a.CorrectionDeadline, c.ClosesOn,
            })
            .ToListAsync(cancellationToken);
        var calendar = await calendars.LoadAsync(cancellationToken);
        var today = clock.Today;
        return new PagedResult<MyApplicationRow>(rows.Select(r =>
        {
            // The deadline that matters for the enterprise now: its 补正期限, or the call's 受理截止 for a draft.
            DateOnly? deadline = r.Status switch
            {
                ApplicationStatus.ReturnedForCorrection => r.CorrectionDeadline,
                ApplicationStatus.Draft => r.ClosesOn,
                _ => null,
            };
            return new MyApplicationRow(r.Id, r.ReferenceNumber, r.ProjectName, PolicyCatalog.Find(r.ClauseId)?.TitleZh ?? string.Empty, r.Status,
                r.UpdatedAt, deadline, Deadlines.WorkingDaysLeft(calendar, today, deadline));
        }).ToList(), total);
    }

    public async Task<FilingView?> FilingAsync(Guid applicationId, Actor applicant, CancellationToken cancellationToken)
    {
        if (applicant.Role != PortalRoles.Applicant)
        {
            return null;
        }

        var application = await queries.FindAsync(applicationId, applicant, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var view = await views.BuildAsync(application, cancellationToken);
        var clause = PolicyCatalog.Find(application.ClauseId)!;
        var profile = await filing.ProfileFactsAsync(application.EnterpriseId, cancellationToken);
        var questions = ApplicationFilingService.QuestionsFor(clause, profile)
            .Select(i => new Question(i, application.Answers.GetValueOrDefault(i.Key))).ToList();
        var preview = view.Editable ? await filing.PreviewAsync(applicationId, applicant, cancellationToken) : null;
        var canWithdraw = ApplicationTransitions.ActionsFor(application.Status, PortalRoles.Applicant).Contains(ApplicationAction.Withdraw);
        return new FilingView(view, questions, preview, canWithdraw);
    }

    public Task<CommandResult> SaveDraftAsync(Guid applicationId, string? projectName, IReadOnlyDictionary<string, string?> answers, Actor applicant, CancellationToken cancellationToken) =>
        filing.SaveDraftAsync(applicationId, projectName, answers, applicant, cancellationToken);

    public Task<CommandResult> UploadAsync(Guid applicationId, int itemIndex, Stream content, string? fileName, Actor applicant, CancellationToken cancellationToken) =>
        materials.UploadAsync(applicationId, itemIndex, content, fileName, applicant, cancellationToken);

    public Task<CommandResult> RemoveMaterialAsync(Guid applicationId, Guid materialId, Actor applicant, CancellationToken cancellationToken) =>
        materials.RemoveAsync(applicationId, materialId, applicant, cancellationToken);

    public Task<CommandResult> SubmitAsync(Guid applicationId, bool pledged, Actor applicant, CancellationToken cancellationToken) =>
        pledged
            ? filing.SubmitAsync(applicationId, pledged, applicant, cancellationToken)
            : Task.FromResult(CommandResult.Fail("Pledged", ValidationText.Get("application.pledge-required")));

    public Task<CommandResult> WithdrawAsync(Guid applicationId, Actor applicant, CancellationToken cancellationToken) =>
        workflow.ApplyAsync(applicationId, ApplicationAction.Withdraw, applicant, new TransitionInput(), cancellationToken);
}
