using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Work;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Work;

/// <summary>
/// What each role has to do now (its home page) and the counts beside its navigation links. Each role's queue is
/// its own class; every section counts with a COUNT query and lists only its first few items, newest deadline first.
/// </summary>
public sealed class WorkQueues(PortalDbContext db, IClock clock, WorkingDayCalendarService calendars, Inbox inbox) : IWorkQueues
{
    /// <summary>Items listed per section on a home page; the section's link shows the rest.</summary>
    public const int ItemsPerSection = 5;

    public async Task<WorkQueue> QueueAsync(Actor actor, CancellationToken cancellationToken)
    {
        var context = new QueueContext(db, clock.Today, clock.Now, await calendars.LoadAsync(cancellationToken), ItemsPerSection);
        var sections = actor.Role switch
        {
            PortalRoles.Applicant => await EnterpriseQueue.SectionsAsync(context, actor, cancellationToken),
            PortalRoles.TownOrPark => await TownQueue.SectionsAsync(context, actor, cancellationToken),
            PortalRoles.CommitteeStaff => await CommitteeQueue.SectionsAsync(context, cancellationToken),
            PortalRoles.Expert => await ExpertQueue.SectionsAsync(context, actor, cancellationToken),
            PortalRoles.FinanceStaff => await FinanceQueue.SectionsAsync(context, actor, cancellationToken),
            PortalRoles.Administrator => await AdministratorQueue.SectionsAsync(context, cancellationToken),
            _ => [],
        };
        var subject = actor.EnterpriseId is { } enterpriseId
            ? await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken)
            : actor.TownOrParkId is { } townId
                ? await db.TownsOrParks.Where(t => t.Id == townId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
        return new WorkQueue(subject, sections);
    }

    public async Task<IReadOnlyDictionary<string, int>> NavigationCountsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["messages"] = await inbox.UnreadCountAsync(actor, cancellationToken),
        };
        var today = clock.Today;
        switch (actor.Role)
        {
            case PortalRoles.Applicant when actor.EnterpriseId is { } enterpriseId:
                counts["enterprise.applications"] = await db.Applications.CountAsync(
                    a => a.EnterpriseId == enterpriseId && (a.Status == ApplicationStatus.ReturnedForCorrection || a.Status == ApplicationStatus.Draft), cancellationToken);
                counts["enterprise.awards"] = await EnterpriseQueue.AwardsNeedingActionAsync(db, enterpriseId, today, cancellationToken);
                break;
            case PortalRoles.TownOrPark when actor.TownOrParkId is { } townId:
                counts["town.applications"] = await db.Applications.CountAsync(a => a.TownOrParkId == townId && a.Status == ApplicationStatus.Submitted, cancellationToken);
                break;
            case PortalRoles.Expert:
                counts["expert.assignments"] = await ExpertQueue.OpenAssignments(db, actor).CountAsync(cancellationToken);
                break;
            case PortalRoles.FinanceStaff:
                counts["finance.batches"] = await FinanceQueue.ToCheck(db, actor).CountAsync(cancellationToken)
                                            + await FinanceQueue.Unpaid(db).CountAsync(cancellationToken);
                counts["finance.clawbacks"] = await db.Clawbacks.CountAsync(c => c.Status == ClawbackStatus.Open, cancellationToken);
                break;
            case PortalRoles.CommitteeStaff:
                counts["committee.entitlements"] = await db.EntitlementImports.CountAsync(i => i.Status == EntitlementImportStatus.Previewed, cancellationToken);
                counts["committee.awards"] = await db.ChangeRequests.CountAsync(c => c.Status == ChangeRequestStatus.Pending, cancellationToken)
                                             + await db.ProgressReports.CountAsync(r => r.Status == ProgressReportStatus.Due && r.DueOn < today, cancellationToken);
                break;
            case PortalRoles.Administrator:
                counts["admin.users"] = await AdministratorQueue.Locked(db, clock.Now).CountAsync(cancellationToken);
                break;
        }

        return counts.Where(c => c.Value > 0).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }
}

/// <summary>What a queue query needs: the database, today in Shanghai, the working-day calendar and the list size.</summary>
internal sealed record QueueContext(PortalDbContext Db, DateOnly Today, DateTimeOffset Now, WorkingDayCalendar Calendar, int Take)
{
    /// <summary>Working days from today to the deadline (negative once it has passed); null when the calendar for
    /// those years has not been entered, so the page shows the date alone rather than a wrong count.</summary>
    public int? WorkingDaysLeft(DateOnly? deadline) => Deadlines.WorkingDaysLeft(Calendar, Today, deadline);

    public WorkItem Item(string titleKey, IReadOnlyList<string> args, string? detail, DateOnly? deadline, string href, DateTimeOffset? waitingSince = null) =>
        new(titleKey, args, detail, WaitingDays(waitingSince), deadline, WorkingDaysLeft(deadline), href);

    /// <summary>Calendar days an item has waited, for queues worked oldest first.</summary>
    public int? WaitingDays(DateTimeOffset? since) =>
        since is { } at ? Math.Max(0, Today.DayNumber - Application.Formatting.PortalTime.DayOf(at).DayNumber) : null;
}
