using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Work;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Enterprises;

/// <summary>The calls open today, by the clauses they take, each with its closing day and working days left.</summary>
internal static class OpenCallLinks
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<OpenCallLink>>> ByClauseAsync(
        CallService calls, WorkingDayCalendarService calendars, PortalDbContext db, IClock clock, CancellationToken cancellationToken)
    {
        var open = await calls.ListAsync(openTodayOnly: true, cancellationToken);
        var deadlines = new QueueContext(db, clock.Today, clock.Now, await calendars.LoadAsync(cancellationToken), 0);
        return open
            .SelectMany(call => call.ClauseIds.Select(clauseId => (clauseId, link: new OpenCallLink(call.Id, call.TitleZh, call.ClosesOn, deadlines.WorkingDaysLeft(call.ClosesOn)))))
            .GroupBy(x => x.clauseId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OpenCallLink>)g.Select(x => x.link).OrderBy(l => l.ClosesOn).ToList(), StringComparer.Ordinal);
    }
}
