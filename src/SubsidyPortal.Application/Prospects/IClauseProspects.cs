using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Application.Entitlements;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Prospects;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Prospects;

/// <summary>One matched clause as an enterprise (or staff reading that enterprise) sees it.</summary>
public sealed record ProspectView(
    Clause Clause,
    ProspectKind Kind,
    AmountSummary? Amount,
    IReadOnlyList<FactDefinition> Missing,
    DateTimeOffset FirstFoundAt,
    bool Applied,
    IReadOnlyList<OpenCallLink> OpenCalls)
{
    /// <summary>The enterprise's draft under this clause, when it has started one (the home offers to go on with it).</summary>
    public Guid? DraftId { get; init; }
}

/// <summary>
/// The enterprise home's matches: the first few of those it has not applied for, how many there are, when they were
/// last evaluated, and whether a profile change is still waiting to be matched.
/// </summary>
public sealed record ApplicantProspects(IReadOnlyList<ProspectView> Items, int Total, DateTimeOffset? EvaluatedAt, bool Pending);

/// <summary>A clause in the committee's overview: how many enterprises match it, surely, and without having applied.</summary>
public sealed record ClauseProspectCount(Clause Clause, int Prospects, int Eligible, int NotApplied);

/// <summary>One enterprise on a clause's list.</summary>
public sealed record ProspectEnterprise(
    Guid EnterpriseId,
    string Name,
    string Uscc,
    string? TownOrPark,
    ProspectKind Kind,
    AmountSummary? Amount,
    IReadOnlyList<FactDefinition> Missing,
    DateTimeOffset FirstFoundAt,
    bool Applied);

/// <summary>A clause's whole list.</summary>
public sealed record ProspectList(Clause Clause, IReadOnlyList<ProspectEnterprise> Rows);

/// <summary>Which of a clause's matches to list: by default those that have not applied.</summary>
public sealed record ProspectFilter(bool IncludeApplied = false, ProspectKind? Kind = null);

/// <summary>
/// 政策找企业 as the pages read it (the prospecting job writes it). "Applied" means a filing past its draft (not withdrawn)
/// or an award under the clause. Enterprises see their own matches; committee staff see those of their authority's
/// clauses, per clause and per enterprise. Anyone else gets nothing.
/// </summary>
public interface IClauseProspects
{
    Task<ApplicantProspects?> ForApplicantAsync(Actor applicant, int take, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClauseProspectCount>> ClausesAsync(Actor staff, CancellationToken cancellationToken);

    /// <summary>A clause's matched enterprises, eligible first then newest; null when the clause is not the staff's.</summary>
    Task<PagedResult<ProspectEnterprise>?> EnterprisesAsync(Actor staff, string clauseId, ProspectFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Every row of a clause's list in the page's order, for the export (one clause's list is bounded by the
    /// district's enterprises); null when the clause is not the staff's.</summary>
    Task<ProspectList?> AllAsync(Actor staff, string clauseId, ProspectFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyList<ProspectView>> ForEnterpriseAsync(Actor staff, Guid enterpriseId, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a 免申即享 import of the clause's matched enterprises that have not applied (their credit codes and names,
    /// as an uploaded list would give them) for the year; the import is then mapped, previewed and confirmed as any other.
    /// </summary>
    Task<EntitlementUploadResult> ImportAsEntitlementsAsync(Actor staff, string clauseId, int year, CancellationToken cancellationToken);
}
