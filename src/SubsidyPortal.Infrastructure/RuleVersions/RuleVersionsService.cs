using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.RuleVersions;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.RuleVersions;

/// <summary>
/// <see cref="IRuleVersions"/>: each amendment (<see cref="ClauseAmendments"/>: the catalog's)
/// that has not taken effect, with the authority's open applications (submitted, not yet decided) and unpaid awards
/// under its clause re-evaluated by it from the facts each application recorded. Authority scoping comes from the
/// DbContext's filters and the clause's policy.
/// </summary>
public sealed class RuleVersionsService(PortalDbContext db, VisibleAuthorities visible, IClock clock, ClauseAmendments amendments) : IRuleVersions
{
    /// <summary>Decided or never filed: not open.</summary>
    private static readonly ApplicationStatus[] Closed =
        [ApplicationStatus.Draft, ApplicationStatus.Withdrawn, ApplicationStatus.Rejected, ApplicationStatus.Approved];

    public async Task<IReadOnlyList<AmendmentImpact>> UpcomingAsync(Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff)
        {
            return [];
        }

        var today = clock.Today;
        var impacts = new List<AmendmentImpact>();
        foreach (var amended in amendments.All
                     .Where(a => a.Version.EffectiveFrom > today && visible.Scope.Covers(a.Policy.Id))
                     .OrderBy(a => a.Version.EffectiveFrom))
        {
            var current = PolicyCatalog.InForce(amended.Id, today) ?? PolicyCatalog.Find(amended.Id);
            if (current is null)
            {
                continue;
            }

            impacts.Add(new AmendmentImpact(current, amended, await EffectsAsync(amended, cancellationToken)));
        }

        return impacts;
    }

    private async Task<IReadOnlyList<AmendmentEffect>> EffectsAsync(Clause amended, CancellationToken cancellationToken)
    {
        var open = await (
                from a in db.Applications.AsNoTracking()
                where a.ClauseId == amended.Id && !Closed.Contains(a.Status)
                join e in db.Enterprises.AsNoTracking() on a.EnterpriseId equals e.Id
                orderby a.ReferenceNumber
                select new { a.Id, a.ReferenceNumber, a.EnterpriseId, EnterpriseName = e.Name, a.ProjectName, a.EvaluatedOutcome, a.EvaluatedAmount, a.EvaluatedAmountKind, a.FactsSnapshot })
            .ToListAsync(cancellationToken);
        var unpaid = await (
                from w in db.Awards.AsNoTracking()
                where w.ClauseId == amended.Id && w.Status == AwardStatus.Active
                      && db.AwardTranches.Any(t => t.AwardId == w.Id && (t.Status == TrancheStatus.Scheduled || t.Status == TrancheStatus.Payable || t.Status == TrancheStatus.InBatch))
                join a in db.Applications.AsNoTracking() on w.ApplicationId equals a.Id into filed
                from a in filed.DefaultIfEmpty()
                orderby w.AwardNumber
                select new { w.Id, w.AwardNumber, w.EnterpriseId, w.RecipientName, w.ProjectName, w.Amount, Facts = a == null ? null : a.FactsSnapshot })
            .ToListAsync(cancellationToken);

        var enterprises = open.Select(a => a.EnterpriseId).Concat(unpaid.Select(w => w.EnterpriseId)).Distinct().ToList();
        var prior = (await db.Applications.AsNoTracking()
                .Where(a => enterprises.Contains(a.EnterpriseId) && a.Status == ApplicationStatus.Approved && a.ClauseId != amended.Id)
                .Select(a => new { a.EnterpriseId, a.ClauseId, a.ApprovedAmount, a.ApprovedAt, a.ProjectName })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.EnterpriseId, a => PolicyCatalog.PriorAward(
                a.ClauseId, a.ApprovedAmount ?? 0m, DateOnly.FromDateTime(a.ApprovedAt?.ToOffset(TimeSpan.FromHours(8)).DateTime ?? DateTime.MinValue), a.ProjectName));

        var effects = open.Select(a => AmendmentComparison.Compare(
                amended, AmendmentSubject.OpenApplication, a.Id, a.ReferenceNumber, a.EnterpriseName, a.ProjectName,
                a.EvaluatedOutcome, a.EvaluatedAmount, a.EvaluatedAmountKind, AmendmentComparison.Read(a.FactsSnapshot), prior[a.EnterpriseId].ToList()))
            .ToList();
        // An award made without a filing (免申即享) recorded no facts: the amended version is evaluated on none and
        // says what it needs, which is what staff must then check by hand.
        effects.AddRange(unpaid.Select(w => AmendmentComparison.Compare(
            amended, AmendmentSubject.UnpaidAward, w.Id, w.AwardNumber, w.RecipientName, w.ProjectName,
            EvaluationOutcome.Eligible, w.Amount, AmountKind.Fixed, AmendmentComparison.Read(w.Facts), prior[w.EnterpriseId].ToList())));
        return effects;
    }
}
