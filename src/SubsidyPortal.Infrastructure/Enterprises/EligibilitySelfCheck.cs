using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Work;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Enterprises;

/// <summary>
/// The self-check: the enterprise's profile (with its credit record) and today's open calls read here, the clauses
/// evaluated by <see cref="SelfCheckEvaluation"/> with the catalog's own rules.
/// </summary>
public sealed class EligibilitySelfCheck(
    EnterpriseProfileService profiles, CallService calls, WorkingDayCalendarService calendars, PortalDbContext db, IClock clock) : IEligibilitySelfCheck
{
    public async Task<SelfCheck?> CheckAsync(Actor applicant, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        if (applicant.EnterpriseId is not { } enterpriseId || await profiles.FindAsync(enterpriseId, cancellationToken) is not { } enterprise)
        {
            return null;
        }

        var today = clock.Today;
        var open = await calls.ListAsync(openTodayOnly: true, cancellationToken);
        var deadlines = new QueueContext(db, today, clock.Now, await calendars.LoadAsync(cancellationToken), 0);
        var byClause = open
            .SelectMany(call => call.ClauseIds.Select(clauseId => (clauseId, link: new OpenCallLink(call.Id, call.TitleZh, call.ClosesOn, deadlines.WorkingDaysLeft(call.ClosesOn)))))
            .GroupBy(x => x.clauseId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OpenCallLink>)g.Select(x => x.link).OrderBy(l => l.ClosesOn).ToList(), StringComparer.Ordinal);
        return SelfCheckEvaluation.Evaluate(enterprise, await db.TownNameAsync(enterprise.TownOrParkId, cancellationToken), today, answers, byClause);
    }
}
