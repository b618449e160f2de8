using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Notices;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Notices;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>
/// 公示: publishes a call's proposed list for its working-day window, takes objections from anyone during it, and
/// records the committee's investigation (upheld: the application leaves the list; dismissed: it stays).
/// </summary>
public sealed class NoticeService(PortalDbContext db, IClock clock, ApplicationWorkflow workflow, WorkingDayCalendarService calendars)
{
    public async Task<(Guid? NoticeId, CommandResult Result)> PublishAsync(Guid callId, Actor actor, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null)
        {
            return (null, CommandResult.Fail(string.Empty, ValidationText.Get("call.not-found")));
        }

        var proposed = await db.Applications.Include(a => a.Materials)
            .Where(a => a.CallId == callId && a.Status == ApplicationStatus.ProposedForApproval).ToListAsync(cancellationToken);
        if (proposed.Count == 0)
        {
            return (null, CommandResult.Fail(string.Empty, ValidationText.Get("notice.nothing-to-publish")));
        }

        try
        {
            var window = (await calendars.LoadAsync(cancellationToken)).NoticeWindow(clock.Today, call.NoticeWorkingDays);
            var notice = PublicNotice.Publish(call.Id, $"{call.TitleZh}拟立项名单公示", clock.Today, window.FirstDay, window.LastDay,
                call.NoticeWorkingDays, actor.UserId, clock.Now);
            db.PublicNotices.Add(notice);
            var enterpriseIds = proposed.Select(a => a.EnterpriseId).Distinct().ToList();
            var names = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
            foreach (var application in proposed)
            {
                var context = await workflow.ContextAsync(application, new TransitionInput(), cancellationToken) with
                {
                    NoticeId = notice.Id,
                    NoticeLastDay = notice.LastDay,
                };
                application.Apply(ApplicationAction.PublishNotice, actor, context);
                workflow.Stage(application);
                // The line as published, in the same save: the public list is this, whatever the application says later.
                db.PublicNoticeEntries.Add(PublicNoticeEntry.For(notice, application, names[application.EnterpriseId]));
            }

            var saved = await workflow.SaveStagedAsync(cancellationToken);
            return (saved.Succeeded ? notice.Id : null, saved);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return (null, e.ToCommandResult());
        }
    }

    // Notices, their lines and objections to them are public: no authority filter (the model's only filters).
    public Task<PublicNotice?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.PublicNotices.AsNoTracking().IgnoreQueryFilters().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);

    // What was published (the entry), with where the application stands now (approved, or held after an objection).
    public async Task<IReadOnlyList<NoticeEntry>> EntriesAsync(Guid noticeId, CancellationToken cancellationToken) =>
        (await db.PublicNoticeEntries.AsNoTracking().Where(n => n.NoticeId == noticeId)
            .Join(db.Applications.IgnoreQueryFilters(), n => n.ApplicationId, a => a.Id, (n, a) => new { n.ApplicationId, n.EnterpriseName, n.ProjectName, n.ClauseId, n.Amount, a.Status })
            .OrderBy(x => x.EnterpriseName).ThenBy(x => x.ProjectName)
            .ToListAsync(cancellationToken))
        .Select(x => new NoticeEntry(x.ApplicationId, x.EnterpriseName, x.ProjectName, x.ClauseId, x.Amount, x.Status)).ToList();

    public async Task<CommandResult> LodgeObjectionAsync(Guid noticeId, ObjectionInput input, CancellationToken cancellationToken)
    {
        var notice = await db.PublicNotices.AsNoTracking().IgnoreQueryFilters().SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        if (notice is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("notice.not-found"));
        }

        if (!notice.AcceptsObjectionsOn(clock.Today))
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("objection.window-closed"));
        }

        if (input.ApplicationId is not { } applicationId
            || !await db.Applications.IgnoreQueryFilters().AnyAsync(a => a.Id == applicationId && a.NoticeId == noticeId && a.Status == ApplicationStatus.PublicNotice, cancellationToken))
        {
            return CommandResult.Fail(nameof(input.ApplicationId), ValidationText.Get("objection.not-on-notice"));
        }

        try
        {
            db.Objections.Add(Objection.Lodge(notice, applicationId, input.Name ?? string.Empty, input.Contact ?? string.Empty, input.Text ?? string.Empty, clock.Today, clock.Now));
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DomainException e)
        {
            return e.ToCommandResult(e.Code switch
            {
                "objection.name-required" => nameof(input.Name),
                "objection.contact-required" => nameof(input.Contact),
                "objection.text-required" => nameof(input.Text),
                _ => string.Empty,
            });
        }
    }

    public async Task<IReadOnlyList<Objection>> ObjectionsAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await db.Objections.AsNoTracking().Where(o => o.ApplicationId == applicationId).OrderBy(o => o.LodgedAt).ToListAsync(cancellationToken);

    /// <summary>调查核实: upheld takes the application off the list (with the reason); dismissed leaves it for approval.</summary>
    public async Task<CommandResult> ResolveObjectionAsync(Guid objectionId, bool upheld, string? resolution, Actor actor, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.SingleOrDefaultAsync(o => o.Id == objectionId, cancellationToken);
        if (objection is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"));
        }

        try
        {
            objection.Resolve(upheld, resolution ?? string.Empty, actor.UserId, clock.Now);
            if (upheld)
            {
                var application = await db.Applications.Include(a => a.Materials).SingleAsync(a => a.Id == objection.ApplicationId, cancellationToken);
                var context = await workflow.ContextAsync(application, new TransitionInput(resolution), cancellationToken);
                application.Apply(ApplicationAction.UpholdObjection, actor, context);
                workflow.Stage(application);
            }

            return await workflow.SaveStagedAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult(e.Code == "objection.resolution-required" ? "Resolution" : string.Empty);
        }
    }
}
