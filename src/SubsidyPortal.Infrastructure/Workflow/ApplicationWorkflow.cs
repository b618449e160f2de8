using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Notices;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>What the person typed for a change: a reason, a deadline.</summary>
public sealed record TransitionInput(string? Reason = null, DateOnly? Deadline = null);

/// <summary>
/// Makes one state change of one application and saves it with its audit line and notifications, all or nothing.
/// Two people (or two app instances) changing the same application at once: the row's version (xmin) and the
/// unique (application, sequence) of the audit trail let exactly one succeed; the other is told it changed.
/// </summary>
public sealed class ApplicationWorkflow(PortalDbContext db, IClock clock, AwardMaker awards, ILogger<ApplicationWorkflow> logger)
{
    public async Task<CommandResult> ApplyAsync(Guid applicationId, ApplicationAction action, Actor actor, TransitionInput input, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Materials).SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"));
        }

        if (action == ApplicationAction.Revoke && await db.Awards.AnyAsync(a => a.ApplicationId == applicationId, cancellationToken))
        {
            // Revoking only the application would leave its award payable: revocation goes through the award, which
            // stops the unpaid tranches, opens the claw-back and revokes the application in the same save.
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.revoke-through-award"));
        }

        try
        {
            var context = await ContextAsync(application, input, cancellationToken);
            application.Apply(action, actor, context);
            if (action == ApplicationAction.Approve)
            {
                // 立项 and its award are one change: both are saved, or neither.
                await awards.StageForApplicationAsync(application, actor, context.Now, context.Today, cancellationToken);
            }

            return await SaveAsync(application, cancellationToken);
        }
        catch (DomainException e)
        {
            return e.ToCommandResult(FieldFor(e.Code));
        }
    }

    /// <summary>The moment and what the database knows that the guards need.</summary>
    internal async Task<TransitionContext> ContextAsync(SubsidyApplication application, TransitionInput input, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var openObjections = await db.Objections.CountAsync(o => o.ApplicationId == application.Id && o.Status == ObjectionStatus.Open, cancellationToken);
        return new TransitionContext(clock.Now, clock.Today)
        {
            Reason = input.Reason,
            Deadline = input.Deadline,
            CallOpen = call.IsOpenOn(clock.Today),
            OpenObjections = openObjections,
        };
    }

    /// <summary>Saves the application with its new audit lines and tells the enterprise; false when someone else changed it first.</summary>
    internal async Task<CommandResult> SaveAsync(SubsidyApplication application, CancellationToken cancellationToken)
    {
        Stage(application);
        return await SaveStagedAsync(cancellationToken);
    }

    /// <summary>Adds the application's new audit lines and notifications to the unit of work, without saving.</summary>
    internal void Stage(SubsidyApplication application)
    {
        db.ApplicationEvents.AddRange(application.NewHistory.Where(e => db.Entry(e).State == EntityState.Detached));
        foreach (var changed in application.DomainEvents.OfType<ApplicationStatusChanged>())
        {
            db.Notifications.Add(ApplicationNotifications.For(application, changed));
        }

        application.ClearDomainEvents();
    }

    /// <summary>Saves everything staged, all or nothing; a concurrent change to any of it fails the whole save.</summary>
    internal async Task<CommandResult> SaveStagedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            logger.LogInformation("An application changed concurrently; this change was not applied");
            db.ChangeTracker.Clear();
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.changed-concurrently"));
        }
    }

    private static string FieldFor(string code) => code switch
    {
        "application.reason-required" => nameof(TransitionInput.Reason),
        "application.deadline-not-future" => nameof(TransitionInput.Deadline),
        _ => string.Empty,
    };
}
