using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;
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

        var byClause = await OpenCallLinks.ByClauseAsync(calls, calendars, db, clock, cancellationToken);
        return SelfCheckEvaluation.Evaluate(enterprise, await db.TownNameAsync(enterprise.TownOrParkId, cancellationToken), clock.Today, answers, byClause);
    }
}
