using System.Text.Json;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.RuleVersions;

/// <summary>Whether the subject is a filing still being decided or an award not yet paid in full.</summary>
public enum AmendmentSubject
{
    OpenApplication,
    UnpaidAward,
}

/// <summary>
/// What a clause's next version would decide for one open application or unpaid award, beside what stands now (the
/// outcome and amount recorded at submission, or the award's amount), from the facts the application recorded.
/// </summary>
public sealed record AmendmentEffect(
    AmendmentSubject Subject,
    Guid Id,
    string Reference,
    string EnterpriseName,
    string ProjectName,
    EvaluationOutcome? OutcomeNow,
    decimal? AmountNow,
    AmountKind? AmountKindNow,
    EvaluationOutcome OutcomeThen,
    AmountResult? AmountThen,
    IReadOnlyList<ConditionResult> FailingThen)
{
    /// <summary>The outcome or the figure differs: someone must look at it before the version takes effect.</summary>
    public bool Changes => OutcomeNow != OutcomeThen || AmountNow != AmountThen?.Value;
}

/// <summary>An amendment not yet in force, beside the version in force today, and what it would change.</summary>
public sealed record AmendmentImpact(Clause Current, Clause Amended, IReadOnlyList<AmendmentEffect> Effects)
{
    public int Changing => Effects.Count(e => e.Changes);
}

/// <summary>The comparison itself (pure): a recorded fact snapshot evaluated by the amended version on its first day.</summary>
public static class AmendmentComparison
{
    public static AmendmentEffect Compare(
        Clause amended, AmendmentSubject subject, Guid id, string reference, string enterpriseName, string projectName,
        EvaluationOutcome? outcomeNow, decimal? amountNow, AmountKind? amountKindNow, Facts recorded, IReadOnlyList<PriorAward> priorAwards)
    {
        var then = ClauseEvaluator.Evaluate(amended, recorded, amended.Version.EffectiveFrom, priorAwards);
        return new AmendmentEffect(
            subject, id, reference, enterpriseName, projectName, outcomeNow, amountNow, amountKindNow, then.Outcome, then.Amount,
            then.Conditions.Where(c => c.Status == ConditionStatus.NotMet).ToList());
    }

    /// <summary>
    /// The facts an application recorded at submission (key → text, as the snapshot stores them), read back with the
    /// vocabulary's types; a key the vocabulary no longer knows is kept as text (the matter's name).
    /// </summary>
    public static Facts Read(string? snapshot)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(snapshot))
        {
            return new Facts(values);
        }

        foreach (var (key, text) in JsonSerializer.Deserialize<Dictionary<string, string>>(snapshot) ?? [])
        {
            if (FactVocabulary.Find(key) is { } entry)
            {
                if (ProfileFacts.TryParse(entry.Definition, text, out var value, out _) && value is not null)
                {
                    values[key] = value;
                }
            }
            else
            {
                values[key] = text;
            }
        }

        return new Facts(values);
    }
}

/// <summary>The amendments staff are shown: the catalog's (<see cref="PolicyCatalog.Amendments"/>).</summary>
public sealed record ClauseAmendments(IReadOnlyList<Clause> All)
{
    public static ClauseAmendments Catalog { get; } = new(PolicyCatalog.Amendments);
}

/// <summary>
/// 条款修订: the amendments encoded ahead of their effective date, each with what it would change for the authority's
/// open applications and unpaid awards under the clause. Committee staff only; anyone else gets nothing.
/// </summary>
public interface IRuleVersions
{
    Task<IReadOnlyList<AmendmentImpact>> UpcomingAsync(Actor staff, CancellationToken cancellationToken);
}
