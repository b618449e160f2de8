using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Prospects;
using SubsidyPortal.Domain.Notices;

namespace SubsidyPortal.Infrastructure.Persistence;

/// <summary>
/// Every read of an authority's objects is limited to the authorities the user may see (<see cref="VisibleAuthorities"/>),
/// so another authority's call, filing, award, batch or import is simply not found: the same 404 as an unseen object,
/// whichever page, export or command asks. Each object reaches its authority through its policy: calls, awards,
/// imports and batch lines carry it; filings through their call; what hangs off a filing or an award through that.
/// Experts are visible to the authorities they serve. An unrestricted scope adds nothing to the SQL but a false test.
/// </summary>
public sealed partial class PortalDbContext
{
    private bool Unrestricted => !_visible.Scope.IsRestricted;

    private string[] VisiblePolicyIds => [.. _visible.Scope.PolicyIds];

    private string[] VisibleAuthorityIds => [.. _visible.Scope.AuthorityIds];

    private void ApplyAuthorityFilters(ModelBuilder builder)
    {
        builder.Entity<Call>().HasQueryFilter(c => Unrestricted || VisiblePolicyIds.Contains(c.PolicyId));
        builder.Entity<SubsidyApplication>().HasQueryFilter(a =>
            Unrestricted || Calls.Any(c => c.Id == a.CallId && VisiblePolicyIds.Contains(c.PolicyId)));
        builder.Entity<Domain.Reviews.FundingDecision>().HasQueryFilter(d =>
            Unrestricted || Calls.Any(c => c.Id == d.CallId && VisiblePolicyIds.Contains(c.PolicyId)));
        builder.Entity<ApplicationMaterial>().HasQueryFilter(m => Unrestricted || Applications.Any(a => a.Id == m.ApplicationId
            && Calls.Any(c => c.Id == a.CallId && VisiblePolicyIds.Contains(c.PolicyId))));
        builder.Entity<ApplicationEvent>().HasQueryFilter(e => Unrestricted || Applications.Any(a => a.Id == e.ApplicationId
            && Calls.Any(c => c.Id == a.CallId && VisiblePolicyIds.Contains(c.PolicyId))));
        builder.Entity<DepartmentOpinion>().HasQueryFilter(o => Unrestricted || Applications.Any(a => a.Id == o.ApplicationId
            && Calls.Any(c => c.Id == a.CallId && VisiblePolicyIds.Contains(c.PolicyId))));
        builder.Entity<ExpertAssignment>().HasQueryFilter(x => Unrestricted || Applications.Any(a => a.Id == x.ApplicationId
            && Calls.Any(c => c.Id == a.CallId && VisiblePolicyIds.Contains(c.PolicyId))));
        builder.Entity<Domain.Reviews.ExpertDrawRecord>().HasQueryFilter(d => Unrestricted || Applications.Any(a => a.Id == d.ApplicationId
            && Calls.Any(c => c.Id == a.CallId && VisiblePolicyIds.Contains(c.PolicyId))));
        builder.Entity<Objection>().HasQueryFilter(o => Unrestricted || Applications.Any(a => a.Id == o.ApplicationId
            && Calls.Any(c => c.Id == a.CallId && VisiblePolicyIds.Contains(c.PolicyId))));
        builder.Entity<PublicNotice>().HasQueryFilter(n => Unrestricted || Calls.Any(c => c.Id == n.CallId && VisiblePolicyIds.Contains(c.PolicyId)));

        builder.Entity<Award>().HasQueryFilter(a => Unrestricted || VisiblePolicyIds.Contains(a.PolicyId));
        builder.Entity<AwardTranche>().HasQueryFilter(t => Unrestricted || Awards.Any(a => a.Id == t.AwardId && VisiblePolicyIds.Contains(a.PolicyId)));
        builder.Entity<ChangeRequest>().HasQueryFilter(r => Unrestricted || Awards.Any(a => a.Id == r.AwardId && VisiblePolicyIds.Contains(a.PolicyId)));
        builder.Entity<ProgressReport>().HasQueryFilter(r => Unrestricted || Awards.Any(a => a.Id == r.AwardId && VisiblePolicyIds.Contains(a.PolicyId)));
        builder.Entity<Clawback>().HasQueryFilter(c => Unrestricted || Awards.Any(a => a.Id == c.AwardId && VisiblePolicyIds.Contains(a.PolicyId)));
        builder.Entity<Payment>().HasQueryFilter(p => Unrestricted || Awards.Any(a => a.Id == p.AwardId && VisiblePolicyIds.Contains(a.PolicyId)));
        builder.Entity<DisbursementBatch>().HasQueryFilter(b => Unrestricted || VisibleAuthorityIds.Contains(b.AuthorityId));
        builder.Entity<DisbursementLine>().HasQueryFilter(l => Unrestricted || VisiblePolicyIds.Contains(l.PolicyId));

        builder.Entity<EntitlementImport>().HasQueryFilter(i => Unrestricted || VisiblePolicyIds.Contains(i.PolicyId));
        builder.Entity<EntitlementImportRow>().HasQueryFilter(r => Unrestricted || EntitlementImports.Any(i => i.Id == r.ImportId && VisiblePolicyIds.Contains(i.PolicyId)));

        builder.Entity<ClauseProspect>().HasQueryFilter(m => Unrestricted || VisiblePolicyIds.Contains(m.PolicyId));

        builder.Entity<Expert>().HasQueryFilter(e => Unrestricted || Users.Any(u => u.Id == e.UserId && u.AuthorityIds.Any(id => VisibleAuthorityIds.Contains(id))));
    }
}
