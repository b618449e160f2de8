using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Seeding;

/// <summary>How big a district's year to generate.</summary>
public sealed record ScaleSize(int Enterprises = 20_000, int Applications = 100_000, int Awards = 30_000, int Calls = 200)
{
    public const int Maximum = 2_000_000;

    /// <summary>What is wrong with the numbers, or null when they can be generated.</summary>
    public string? Problem() =>
        Enterprises < 1 || Applications < 0 || Awards < 0 || Calls < 1 || new[] { Enterprises, Applications, Awards, Calls }.Any(n => n > Maximum)
            ? $"Counts must be between 1 (0 for applications and awards) and {Maximum}."
            : null;
}

/// <summary>
/// A district's year at full size, for measuring the pages: enterprises, calls, applications with their audit
/// trails, and awards with their tranches. Every generated row copies a row the demo seeding made through the domain
/// (the same snapshots, events and schedules), so constraints, audit lines and snapshots stay what the domain writes;
/// only identities, names, dates' owners and numbers change. Ids are derived from the row's number, so a second run
/// adds only what is missing. Generated rows are recognisable: enterprises 规模样本企业…, reference numbers SC-…,
/// award numbers ZZ-SC-….
/// </summary>
public sealed class ScaleSeeder(PortalDbContext db, ILogger<ScaleSeeder> logger)
{
    public async Task SeedAsync(ScaleSize size, CancellationToken cancellationToken)
    {
        if (size.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(size));
        }

        var templates = await db.Database.SqlQueryRaw<int>(
            "SELECT count(*)::int AS \"Value\" FROM applications WHERE reference_number NOT LIKE 'SC-%' AND history_count > 0").SingleAsync(cancellationToken);
        if (templates == 0)
        {
            throw new InvalidOperationException("The scale data copies the demo data's applications: seed the demo data first (Seed:DemoData).");
        }

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await StepAsync("enterprises", EnterprisesSql, cancellationToken,
            new NpgsqlParameter("codes", Codes(size.Enterprises)));
        await StepAsync("calls", CallsSql, cancellationToken, new NpgsqlParameter("calls", size.Calls));
        await StepAsync("applications", ApplicationsSql, cancellationToken,
            new NpgsqlParameter("applications", size.Applications), new NpgsqlParameter("enterprises", size.Enterprises), new NpgsqlParameter("calls", size.Calls));
        await StepAsync("application events", EventsSql, cancellationToken);
        await StepAsync("awards", AwardsSql, cancellationToken, new NpgsqlParameter("awards", size.Awards), new NpgsqlParameter("enterprises", size.Enterprises));
        await StepAsync("award tranches and trails", TranchesSql, cancellationToken);
        // Outside a transaction (VACUUM cannot run in one): fresh statistics for the planner, and the visibility map set
        // so counts read covering indexes alone, as they do once autovacuum has passed over a live database.
        var statistics = Stopwatch.StartNew();
        await db.Database.ExecuteSqlRawAsync(
            "VACUUM (ANALYZE) enterprises, calls, applications, application_events, awards, award_tranches, money_events", cancellationToken);
        logger.LogInformation("Scale data: statistics and visibility map in {Seconds:0.0} s", statistics.Elapsed.TotalSeconds);
    }

    /// <summary>Valid GB 32100-2015 codes for the generated enterprises, numbered so they never meet a real one's.</summary>
    public static string[] Codes(int count) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var first17 = "913101058" + i.ToString("D8", CultureInfo.InvariantCulture);
            return first17 + UnifiedSocialCreditCode.CheckCharacterFor(first17);
        }).ToArray();

    private async Task StepAsync(string what, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        var watch = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", cancellationToken);
        var rows = await db.Database.ExecuteSqlRawAsync(sql, parameters.Cast<object>().ToArray(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Scale data: {What}: {Rows} rows added in {Seconds:0.0} s", what, Math.Max(rows, 0), watch.Elapsed.TotalSeconds);
    }

    // Each generated enterprise copies a demo enterprise's profile (its town, industry and certifications), numbered.
    private const string EnterprisesSql = """
        WITH template AS (
            SELECT row_number() OVER (ORDER BY registered_at, id) - 1 AS n, count(*) OVER () AS t, *
            FROM enterprises WHERE name NOT LIKE '规模样本企业%')
        INSERT INTO enterprises (id, name, uscc, registered_district, tax_district, settlement_district, town_or_park_id, industry,
            established_on, high_tech_first_certified_on, high_tech_latest_certified_on, high_tech_certificate_number, is_tech_sme,
            tech_sme_number, tech_little_giant, contact_person, contact_phone, registered_at, updated_at)
        SELECT md5('scale-enterprise-' || g.i)::uuid, '规模样本企业' || lpad(g.i::text, 6, '0') || '有限公司', g.code,
            t.registered_district, t.tax_district, t.settlement_district, t.town_or_park_id, t.industry, t.established_on,
            t.high_tech_first_certified_on, t.high_tech_latest_certified_on,
            CASE WHEN t.high_tech_certificate_number IS NULL THEN NULL ELSE 'GR' || lpad(g.i::text, 10, '0') END,
            t.is_tech_sme, CASE WHEN t.tech_sme_number IS NULL THEN NULL ELSE 'SME' || lpad(g.i::text, 10, '0') END,
            t.tech_little_giant, '联系人' || g.i, '139' || lpad(g.i::text, 8, '0'), t.registered_at, t.updated_at
        FROM unnest(@codes) WITH ORDINALITY AS g(code, i)
        JOIN template t ON t.n = (g.i - 1) % t.t
        ON CONFLICT DO NOTHING
        """;

    // Each generated call copies a demo call (policy, clauses, dates, budget, rubric, review deadline).
    private const string CallsSql = """
        WITH template AS (
            SELECT row_number() OVER (ORDER BY created_at, id) - 1 AS n, count(*) OVER () AS t, *
            FROM calls WHERE title_zh NOT LIKE '规模样本%')
        INSERT INTO calls (id, policy_id, year, title_zh, clause_ids, opens_on, closes_on, review_due_on, budget, experts_per_application,
            expert_specialty, notice_working_days, rubric, created_at, created_by)
        SELECT md5('scale-call-' || g.i)::uuid, t.policy_id, t.year, '规模样本 ' || t.title_zh || '（' || g.i || '）', t.clause_ids, t.opens_on,
            t.closes_on, t.review_due_on, t.budget * 20, t.experts_per_application, t.expert_specialty, t.notice_working_days, t.rubric,
            t.created_at, t.created_by
        FROM generate_series(1, @calls) AS g(i)
        JOIN template t ON t.n = (g.i - 1) % t.t
        ON CONFLICT DO NOTHING
        """;

    // Each generated application copies a demo application that has a history (its answers, snapshots, status and
    // amounts) into a generated call copied from the same demo call, for a generated enterprise. A notice is a
    // published list of one call, so copies carry none.
    private const string ApplicationsSql = """
        WITH template_call AS (
            SELECT row_number() OVER (ORDER BY created_at, id) - 1 AS n, count(*) OVER () AS t, id
            FROM calls WHERE title_zh NOT LIKE '规模样本%'),
        template AS (
            SELECT row_number() OVER (ORDER BY a.created_at, a.id) - 1 AS n, count(*) OVER () AS t, tc.n AS call_n, tc.t AS calls_t, a.*
            FROM applications a JOIN template_call tc ON tc.id = a.call_id
            WHERE a.reference_number NOT LIKE 'SC-%' AND a.history_count > 0),
        numbered AS (
            SELECT g.i, t.*,
                -- A generated call copied from this template's call: calls i, i + T, i + 2T … copy demo call i.
                t.call_n + 1 + t.calls_t * (((g.i - 1) / t.t) % greatest(1, @calls / t.calls_t)) AS call_i
            FROM generate_series(1, @applications) AS g(i)
            JOIN template t ON t.n = (g.i - 1) % t.t)
        INSERT INTO applications (id, reference_number, call_id, clause_id, enterprise_id, town_or_park_id, project_name, status, history_count,
            created_at, updated_at, status_changed_at, submitted_at, integrity_pledged_at, facts_snapshot, evaluation_snapshot, rule_set_version, evaluated_outcome,
            evaluated_amount, evaluated_amount_kind, town_confirmed_at, correction_reason, correction_deadline, decision_reason, aggregated_score,
            approved_amount, notice_id, notice_last_day, approved_at, answers, required_materials)
        SELECT md5('scale-application-' || n.i)::uuid, 'SC-' || lpad(n.i::text, 7, '0'), md5('scale-call-' || least(n.call_i, @calls))::uuid,
            n.clause_id, e.id, e.town_or_park_id, n.project_name || '（样本 ' || n.i || '）', n.status, n.history_count,
            n.created_at, n.updated_at, n.status_changed_at, n.submitted_at, n.integrity_pledged_at, n.facts_snapshot, n.evaluation_snapshot, n.rule_set_version,
            n.evaluated_outcome, n.evaluated_amount, n.evaluated_amount_kind, n.town_confirmed_at, n.correction_reason, n.correction_deadline,
            n.decision_reason, n.aggregated_score, n.approved_amount, NULL, n.notice_last_day, n.approved_at, n.answers, n.required_materials
        FROM numbered n
        JOIN enterprises e ON e.id = md5('scale-enterprise-' || ((n.i - 1) % @enterprises + 1))::uuid
        ON CONFLICT DO NOTHING
        """;

    // The audit trail of each copy is its template's, event for event.
    private const string EventsSql = """
        WITH template AS (
            SELECT row_number() OVER (ORDER BY a.created_at, a.id) - 1 AS n, count(*) OVER () AS t, a.id
            FROM applications a JOIN calls c ON c.id = a.call_id
            WHERE a.reference_number NOT LIKE 'SC-%' AND a.history_count > 0 AND c.title_zh NOT LIKE '规模样本%'),
        copies AS (
            SELECT a.id, substr(a.reference_number, 4)::int AS i FROM applications a
            WHERE a.reference_number LIKE 'SC-%'
              AND NOT EXISTS (SELECT 1 FROM application_events x WHERE x.application_id = a.id))
        INSERT INTO application_events (id, application_id, sequence, action, from_status, to_status, actor_user_id, actor_name, actor_role, at, reason)
        SELECT md5('scale-event-' || c.i || '-' || ev.sequence)::uuid, c.id, ev.sequence, ev.action, ev.from_status, ev.to_status,
            ev.actor_user_id, ev.actor_name, ev.actor_role, ev.at, ev.reason
        FROM copies c
        JOIN template t ON t.n = (c.i - 1) % t.t
        JOIN application_events ev ON ev.application_id = t.id
        ON CONFLICT DO NOTHING
        """;

    // Awards: first for the generated approved applications, the rest as 免申即享 awards (no application), each
    // copying a demo award's amount, schedule and state (so its tranches add up to it). Copies are not yet paid:
    // paying goes through batches.
    private const string AwardsSql = """
        WITH template AS (
            SELECT row_number() OVER (ORDER BY created_at, id) - 1 AS n, count(*) OVER () AS t, *
            FROM awards WHERE award_number NOT LIKE 'ZZ-SC-%'),
        approved AS (
            SELECT row_number() OVER (ORDER BY a.reference_number) AS i, a.id, a.call_id, a.enterprise_id, a.project_name, a.approved_amount, a.clause_id
            FROM applications a WHERE a.reference_number LIKE 'SC-%' AND a.status = 'Approved' AND a.approved_amount > 0),
        numbered AS (
            SELECT g.i, ap.id AS application_id, ap.call_id, ap.enterprise_id AS app_enterprise, ap.project_name AS app_project,
                ap.approved_amount, ap.clause_id AS app_clause
            FROM generate_series(1, @awards) AS g(i) LEFT JOIN approved ap ON ap.i = g.i)
        INSERT INTO awards (id, award_number, source, source_key, application_id, call_id, entitlement_import_id, policy_id, clause_id,
            enterprise_id, town_or_park_id, recipient_name, uscc, project_name, amount, awarded_on, year, status, bank_account_name,
            bank_name, bank_account_number, bank_account_confirmed_at, revocation_ground, revocation_note, revoked_at, created_at, history_count)
        SELECT md5('scale-award-' || n.i)::uuid, 'ZZ-SC-' || lpad(n.i::text, 7, '0'),
            CASE WHEN n.application_id IS NULL THEN 'AutomaticEntitlement' ELSE 'Application' END,
            'scale:' || n.i, n.application_id, n.call_id, NULL, t.policy_id, coalesce(n.app_clause, t.clause_id), e.id, e.town_or_park_id,
            e.name, e.uscc, coalesce(n.app_project, t.project_name), t.amount, t.awarded_on, t.year,
            CASE t.status WHEN 'Completed' THEN 'Active' ELSE t.status END,
            CASE WHEN t.bank_account_confirmed_at IS NULL THEN NULL ELSE e.name END, t.bank_name,
            CASE WHEN t.bank_account_confirmed_at IS NULL THEN NULL ELSE '6222' || lpad(n.i::text, 15, '0') END,
            t.bank_account_confirmed_at, t.revocation_ground, t.revocation_note, t.revoked_at, t.created_at, 1
        FROM numbered n
        JOIN template t ON t.n = (n.i - 1) % t.t
        JOIN enterprises e ON e.id = coalesce(n.app_enterprise, md5('scale-enterprise-' || ((n.i - 1) % @enterprises + 1))::uuid)
        ON CONFLICT DO NOTHING
        """;

    // Tranches copy the template award's schedule, scaled to the award's amount when it differs; nothing paid or on a
    // batch (Paid and InBatch copies are not yet payable, Stopped stays stopped). The trail is the award's first line.
    private const string TranchesSql = """
        WITH template AS (
            SELECT row_number() OVER (ORDER BY created_at, id) - 1 AS n, count(*) OVER () AS t, id, amount
            FROM awards WHERE award_number NOT LIKE 'ZZ-SC-%'),
        copies AS (
            SELECT a.id, a.amount, a.status, substr(a.award_number, 7)::int AS i FROM awards a
            WHERE a.award_number LIKE 'ZZ-SC-%' AND NOT EXISTS (SELECT 1 FROM award_tranches x WHERE x.award_id = a.id)),
        tranches AS (
            INSERT INTO award_tranches (id, award_id, sequence, label, amount, due_on, condition, status, batch_id, paid_on, payment_reference, released_at)
            SELECT md5('scale-tranche-' || c.i || '-' || tr.sequence)::uuid, c.id, tr.sequence, tr.label, tr.amount, tr.due_on, tr.condition,
                CASE WHEN c.status = 'Revoked' THEN 'Stopped' WHEN tr.status IN ('Paid', 'InBatch') THEN 'Scheduled' ELSE tr.status END,
                NULL, NULL, NULL, CASE WHEN tr.status IN ('Paid', 'InBatch', 'Payable') THEN tr.released_at END
            FROM copies c
            JOIN template t ON t.n = (c.i - 1) % t.t
            JOIN award_tranches tr ON tr.award_id = t.id
            ON CONFLICT DO NOTHING
            RETURNING award_id)
        INSERT INTO money_events (id, subject_type, subject_id, sequence, action, amount, actor_user_id, actor_name, actor_role, at, note)
        SELECT md5('scale-money-' || c.i)::uuid, ev.subject_type, c.id, 1, ev.action, c.amount, ev.actor_user_id, ev.actor_name, ev.actor_role, ev.at, ev.note
        FROM copies c
        JOIN (SELECT DISTINCT award_id FROM tranches) added ON added.award_id = c.id
        JOIN template t ON t.n = (c.i - 1) % t.t
        JOIN money_events ev ON ev.subject_id = t.id AND ev.sequence = 1
        ON CONFLICT DO NOTHING
        """;
}
