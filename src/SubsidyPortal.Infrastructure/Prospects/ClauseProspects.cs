using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Application.Entitlements;
using SubsidyPortal.Application.Prospects;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Prospects;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Exports;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Enterprises;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Prospects;

/// <summary><see cref="IClauseProspects"/> over clause_prospects; authority scoping comes from the DbContext's filters.</summary>
public sealed class ClauseProspects(
    PortalDbContext db, CallService calls, WorkingDayCalendarService calendars, ICommitteeEntitlements entitlements, VisibleAuthorities visible, IClock clock)
    : IClauseProspects
{
    private static bool IsStaff(Actor actor) => actor.Role == PortalRoles.CommitteeStaff;

    public async Task<ApplicantProspects?> ForApplicantAsync(Actor applicant, int take, CancellationToken cancellationToken)
    {
        if (applicant.Role != PortalRoles.Applicant || applicant.EnterpriseId is not { } enterpriseId)
        {
            return null;
        }

        var rows = await Rows(enterpriseId).Where(r => !r.Applied).ToListAsync(cancellationToken);
        var ordered = rows.Where(r => PolicyCatalog.Find(r.Prospect.ClauseId) is not null).Select(r => r.Prospect).OrderBy(m => m.Kind)
            .ThenBy(m => m.MissingFacts.Length).ThenByDescending(m => m.Amount ?? 0m).ThenBy(m => m.ClauseId, StringComparer.Ordinal).ToList();
        var open = await OpenCallsAsync(cancellationToken);
        var drafts = (await db.Applications.AsNoTracking()
                .Where(a => a.EnterpriseId == enterpriseId && a.Status == ApplicationStatus.Draft)
                .Select(a => new { a.ClauseId, a.Id }).ToListAsync(cancellationToken))
            .GroupBy(a => a.ClauseId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var pending = await db.ProspectRequests.AnyAsync(r => r.EnterpriseId == enterpriseId, cancellationToken);
        return new ApplicantProspects(
            ordered.Take(Math.Max(0, take)).Select(m => View(m, false, open) with { DraftId = drafts.TryGetValue(m.ClauseId, out var draft) ? draft : null }).ToList(),
            ordered.Count,
            rows.Count == 0 ? null : rows.Max(r => r.Prospect.EvaluatedAt),
            pending);
    }

    public async Task<IReadOnlyList<ClauseProspectCount>> ClausesAsync(Actor staff, CancellationToken cancellationToken)
    {
        if (!IsStaff(staff))
        {
            return [];
        }

        // One pass over the matches with the applied pairs anti-joined by hash: a correlated EXISTS per match row took
        // seconds at 20,000 enterprises. Written in SQL because EF does not translate a left join on a union.
        var policies = visible.Scope.PolicyIds.ToArray();
        var counts = (await db.Database.SqlQueryRaw<ClauseCountRow>(
                """
                SELECT m.clause_id AS "ClauseId", count(*)::int AS "Prospects", (count(*) FILTER (WHERE m.kind = 'Eligible'))::int AS "Eligible",
                       (count(*) FILTER (WHERE ap.enterprise_id IS NULL))::int AS "NotApplied"
                FROM clause_prospects m
                LEFT JOIN (SELECT enterprise_id, clause_id FROM applications WHERE status NOT IN ('Draft', 'Withdrawn')
                           UNION SELECT enterprise_id, clause_id FROM awards) ap
                       ON ap.enterprise_id = m.enterprise_id AND ap.clause_id = m.clause_id
                WHERE m.policy_id = ANY(@p0)
                GROUP BY m.clause_id
                """, new Npgsql.NpgsqlParameter("p0", policies)).ToListAsync(cancellationToken))
            .ToDictionary(c => c.ClauseId, StringComparer.Ordinal);
        return PolicyCatalog.Clauses
            .Where(c => visible.Scope.Covers(c.Policy.Id) && c.Period.Contains(clock.Today))
            .Select(c => counts.TryGetValue(c.Id, out var n) ? new ClauseProspectCount(c, n.Prospects, n.Eligible, n.NotApplied) : new ClauseProspectCount(c, 0, 0, 0))
            .ToList();
    }

    public async Task<PagedResult<ProspectEnterprise>?> EnterprisesAsync(
        Actor staff, string clauseId, ProspectFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        if (!IsStaff(staff) || PolicyCatalog.Find(clauseId) is not { } clause || !visible.Scope.Covers(clause.Policy.Id))
        {
            return null;
        }

        var query = Listed(clauseId, filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(r => r.Prospect.Kind == ProspectKind.Eligible ? 0 : 1).ThenByDescending(r => r.Prospect.FirstFoundAt).ThenBy(r => r.Prospect.EnterpriseId)
            .Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        var towns = await db.TownNamesAsync(cancellationToken);
        return new PagedResult<ProspectEnterprise>(items.Select(r => Enterprise(clause, r, towns)).ToList(), total);
    }

    public async Task<ProspectList?> AllAsync(Actor staff, string clauseId, ProspectFilter filter, CancellationToken cancellationToken)
    {
        if (!IsStaff(staff) || PolicyCatalog.Find(clauseId) is not { } clause || !visible.Scope.Covers(clause.Policy.Id))
        {
            return null;
        }

        var items = await Listed(clauseId, filter)
            .OrderBy(r => r.Prospect.Kind == ProspectKind.Eligible ? 0 : 1).ThenByDescending(r => r.Prospect.FirstFoundAt).ThenBy(r => r.Prospect.EnterpriseId)
            .ToListAsync(cancellationToken);
        var towns = await db.TownNamesAsync(cancellationToken);
        return new ProspectList(clause, items.Select(r => Enterprise(clause, r, towns)).ToList());
    }

    public async Task<IReadOnlyList<ProspectView>> ForEnterpriseAsync(Actor staff, Guid enterpriseId, CancellationToken cancellationToken)
    {
        if (!IsStaff(staff))
        {
            return [];
        }

        var rows = await Rows(enterpriseId).ToListAsync(cancellationToken);
        return rows.Where(r => PolicyCatalog.Find(r.Prospect.ClauseId) is not null)
            .OrderBy(r => r.Applied).ThenBy(r => r.Prospect.Kind).ThenBy(r => r.Prospect.MissingFacts.Length).ThenByDescending(r => r.Prospect.Amount ?? 0m)
            .Select(r => View(r.Prospect, r.Applied, new Dictionary<string, IReadOnlyList<OpenCallLink>>())).ToList();
    }

    public async Task<EntitlementUploadResult> ImportAsEntitlementsAsync(Actor staff, string clauseId, int year, CancellationToken cancellationToken)
    {
        if (await AllAsync(staff, clauseId, new ProspectFilter(), cancellationToken) is not { } list)
        {
            return new EntitlementUploadResult(CommandResult.Fail(string.Empty, ValidationText.Get("entitlement.clause-not-automatic")), null);
        }

        if (list.Rows.Count == 0)
        {
            return new EntitlementUploadResult(CommandResult.Fail(string.Empty, ValidationText.Get("matching.nothing-to-import")), null);
        }

        var content = await ImportFileAsync(list.Rows, cancellationToken);
        var name = $"政策找企业-{list.Clause.Article}-{clock.Today:yyyyMMdd}.csv".Replace(' ', '_');
        return await entitlements.UploadAsync(
            new EntitlementUploadInput { ClauseId = clauseId, Year = year.ToString(CultureInfo.InvariantCulture) },
            new EntitlementUploadFile(name, content.Length, _ => new MemoryStream(content)),
            staff,
            cancellationToken);
    }

    /// <summary>The list as the 免申即享 import reads it: a header row, then one row per enterprise (CSV, UTF-8).</summary>
    public static async Task<byte[]> ImportFileAsync(IReadOnlyList<ProspectEnterprise> rows, CancellationToken cancellationToken)
    {
        await using var buffer = new MemoryStream();
        await CsvExportWriter.WriteAsync(ProspectListExport.ForImport(rows), buffer, includeTitle: false, cancellationToken);
        return buffer.ToArray();
    }

    private sealed class Row
    {
        public required ClauseProspect Prospect { get; init; }

        public required string Name { get; init; }

        public required UnifiedSocialCreditCode Uscc { get; init; }

        public Guid? TownOrParkId { get; init; }

        public bool Applied { get; init; }
    }

    private sealed record ClauseCountRow(string ClauseId, int Prospects, int Eligible, int NotApplied);

    private IQueryable<Row> Rows(Guid enterpriseId) => WithEnterprise(db.ClauseProspects.AsNoTracking().Where(m => m.EnterpriseId == enterpriseId));

    private IQueryable<Row> Listed(string clauseId, ProspectFilter filter)
    {
        var query = WithEnterprise(db.ClauseProspects.AsNoTracking().Where(m => m.ClauseId == clauseId));
        if (!filter.IncludeApplied)
        {
            query = query.Where(r => !r.Applied);
        }

        return filter.Kind is { } kind ? query.Where(r => r.Prospect.Kind == kind) : query;
    }

    // "Applied": a filing past its draft and not withdrawn, or an award (免申即享 awards have no filing).
    private IQueryable<Row> WithEnterprise(IQueryable<ClauseProspect> matches) =>
        from m in matches
        join e in db.Enterprises.AsNoTracking() on m.EnterpriseId equals e.Id
        select new Row
        {
            Prospect = m, Name = e.Name, Uscc = e.Uscc, TownOrParkId = e.TownOrParkId,
            Applied = db.Applications.Any(a => a.EnterpriseId == m.EnterpriseId && a.ClauseId == m.ClauseId
                                               && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn)
                      || db.Awards.Any(a => a.EnterpriseId == m.EnterpriseId && a.ClauseId == m.ClauseId),
        };

    private static ProspectEnterprise Enterprise(Clause clause, Row r, IReadOnlyDictionary<Guid, string> towns) => new(
        r.Prospect.EnterpriseId, r.Name, r.Uscc.Value, r.TownOrParkId is { } t ? towns.GetValueOrDefault(t) : null, r.Prospect.Kind, r.Prospect.AmountSummary,
        MissingOf(clause, r.Prospect), r.Prospect.FirstFoundAt, r.Applied);

    private static ProspectView View(ClauseProspect m, bool applied, IReadOnlyDictionary<string, IReadOnlyList<OpenCallLink>> open)
    {
        var clause = PolicyCatalog.Find(m.ClauseId)!;
        return new ProspectView(clause, m.Kind, m.AmountSummary, MissingOf(clause, m), m.FirstFoundAt, applied, open.GetValueOrDefault(clause.Id) ?? []);
    }

    private static IReadOnlyList<FactDefinition> MissingOf(Clause clause, ClauseProspect m) =>
        m.MissingFacts.Select(key => clause.Inputs.FirstOrDefault(i => i.Key == key)).OfType<FactDefinition>().ToList();

    private Task<IReadOnlyDictionary<string, IReadOnlyList<OpenCallLink>>> OpenCallsAsync(CancellationToken cancellationToken) =>
        OpenCallLinks.ByClauseAsync(calls, calendars, db, clock, cancellationToken);
}
