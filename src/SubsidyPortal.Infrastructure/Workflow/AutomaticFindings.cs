using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

public enum FindingSeverity
{
    Ok,
    Warning,
    Blocking,
}

/// <summary>One automatic check shown beside an application in preliminary review; for a conflict with another of
/// the enterprise's applications, that application's state (shown by its name, never in the text as a code).</summary>
public sealed record Finding(string Code, FindingSeverity Severity, string TextZh, string TextEn, ApplicationStatus? OtherStatus = null);

/// <summary>
/// 初审 automatic findings: the rule's outcome fixed at submission (each condition), the credit record (严重失信
/// within three years), and conflicts with the enterprise's other applications and awards — the same clause for
/// the same matter (同一事项不得重复享受) and clauses of the same 就高不重复 group. Staff decide; these inform.
/// </summary>
public sealed class AutomaticFindings(PortalDbContext db, IClock clock)
{
    private static readonly ApplicationStatus[] Inactive = [ApplicationStatus.Draft, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn, ApplicationStatus.Revoked];

    public async Task<IReadOnlyList<Finding>> ForAsync(SubsidyApplication application, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        if (application.EvaluationSnapshot is { } json && JsonSerializer.Deserialize<EvaluationView>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)) is { } evaluation)
        {
            var (zh, en) = OutcomeWords(evaluation.Outcome);
            findings.Add(evaluation.Outcome == nameof(EvaluationOutcome.Eligible)
                ? new Finding("rule-eligible", FindingSeverity.Ok, $"提交时按条款规则核查：{zh}（规则版本 {evaluation.RuleSetVersion}）", $"Checked against the clause's rule at submission: {en} (rule version {evaluation.RuleSetVersion})")
                : new Finding("rule-not-eligible", FindingSeverity.Blocking, $"提交时按条款规则核查：{zh}", $"Checked against the clause's rule at submission: {en}"));
            foreach (var condition in evaluation.Conditions.Where(c => c.Status != "Met"))
            {
                findings.Add(new Finding("condition-" + condition.Code, FindingSeverity.Blocking, condition.MessageZh, condition.MessageEn));
            }
        }

        var enterprise = await db.Enterprises.AsNoTracking().Include(e => e.CreditRecords).SingleAsync(e => e.Id == application.EnterpriseId, cancellationToken);
        findings.Add(enterprise.HasSeriousDishonestyWithinYears(clock.Today)
            ? new Finding("credit-serious-dishonesty", FindingSeverity.Blocking, "信用审查：近三年内有严重失信记录", "Credit review: serious dishonesty recorded within three years")
            : new Finding("credit-clear", FindingSeverity.Ok, "信用审查：近三年内无严重失信记录", "Credit review: no serious dishonesty within three years"));

        var clause = PolicyCatalog.Find(application.ClauseId);
        var others = await db.Applications.AsNoTracking()
            .Where(a => a.EnterpriseId == application.EnterpriseId && a.Id != application.Id && !Inactive.Contains(a.Status))
            .Select(a => new { a.ReferenceNumber, a.ClauseId, a.ProjectName, a.Status })
            .ToListAsync(cancellationToken);
        foreach (var other in others)
        {
            var otherClause = PolicyCatalog.Find(other.ClauseId);
            if (other.ClauseId == application.ClauseId && other.ProjectName == application.ProjectName)
            {
                findings.Add(new Finding("same-matter", FindingSeverity.Blocking,
                    $"同一事项不得重复享受：{other.ReferenceNumber}「{other.ProjectName}」已按同一条款申报",
                    $"The same matter may be supported once: {other.ReferenceNumber} ({other.ProjectName}) applies under the same clause", other.Status));
            }
            else if (clause?.ExclusivityGroup is { } group && otherClause?.ExclusivityGroup == group)
            {
                findings.Add(new Finding("highest-only", FindingSeverity.Warning,
                    $"就高不重复：{other.ReferenceNumber}「{otherClause.TitleZh}」与本条款只能享受金额最高的一项",
                    $"Highest only: {other.ReferenceNumber} ({otherClause.TitleZh}) is in the same group; only the higher award is granted", other.Status));
            }
            else if (clause is not null && NotCombinable.Between(clause, other.ClauseId, otherClause?.NotCombinableWith))
            {
                findings.Add(NotCombinableWith(other.ReferenceNumber, otherClause?.TitleZh ?? other.ClauseId, other.Status));
            }
        }

        // Support granted without an application (免申即享) counts too: the same rule as the evaluator's, from either side.
        if (clause is not null)
        {
            var granted = await db.Awards.AsNoTracking().IgnoreAutoIncludes()
                .Where(a => a.EnterpriseId == application.EnterpriseId && a.ApplicationId == null && a.Status != AwardStatus.Revoked)
                .Select(a => new { a.AwardNumber, a.ClauseId })
                .ToListAsync(cancellationToken);
            foreach (var award in granted.Where(a => NotCombinable.Between(clause, a.ClauseId, PolicyCatalog.Find(a.ClauseId)?.NotCombinableWith)))
            {
                findings.Add(NotCombinableWith(award.AwardNumber, PolicyCatalog.Find(award.ClauseId)?.TitleZh ?? award.ClauseId, null));
            }
        }

        if (!findings.Any(f => f.Code is "same-matter" or "highest-only" or "not-combinable"))
        {
            findings.Add(new Finding("no-conflicts", FindingSeverity.Ok, "未发现与本单位其他申报或已获支持的冲突", "No conflict with the enterprise's other applications or awards"));
        }

        return findings;
    }

    /// <summary>不可同时享受, in the evaluator's own words, naming the other application or award.</summary>
    private static Finding NotCombinableWith(string reference, string title, ApplicationStatus? status) =>
        new(NotCombinable.Code, FindingSeverity.Warning, $"{NotCombinable.TextZh}：{reference}「{title}」", $"{NotCombinable.TextEn}: {reference} ({title})", status);

    /// <summary>The rule's outcome in words (the snapshot stores its code).</summary>
    private static (string Zh, string En) OutcomeWords(string outcome) => outcome switch
    {
        nameof(EvaluationOutcome.Eligible) => ("符合申报条件", "eligible"),
        nameof(EvaluationOutcome.NotEligible) => ("不符合申报条件", "not eligible"),
        nameof(EvaluationOutcome.NeedsInput) => ("申报信息不全，无法判断", "information missing, no conclusion"),
        nameof(EvaluationOutcome.NoRuleInForce) => ("提交日不在条款有效期内", "the clause was not in force on the day"),
        _ => ("无法判断", "no conclusion"),
    };
}
