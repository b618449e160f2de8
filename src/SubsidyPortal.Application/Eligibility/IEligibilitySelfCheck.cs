using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Eligibility;

/// <summary>
/// One question of the self-check: a fact some clause needs that the profile does not settle, as the clause's input
/// definition labels it, with what the applicant typed (kept to be changed) and, when it could not be read, why.
/// </summary>
public sealed record SelfCheckQuestion(FactDefinition Input, string? Answer, string? Error)
{
    public string Key => Input.Key;

    public bool Answered => Answer is not null && Error is null;
}

/// <summary>A call open today in which the clause can be applied for, with its closing day.</summary>
public sealed record OpenCallLink(Guid CallId, string TitleZh, DateOnly ClosesOn, int? WorkingDaysLeft);

/// <summary>
/// One clause in force today and what the check found: may claim (with its amount or ceiling), needs answers (which),
/// or may not (the conditions not met, in words), and the open calls to apply in. While answers are missing,
/// <paramref name="Amount"/> is what the clause's formula already gives from the known facts (a ceiling or a fixed
/// award that needs no figure), so a likely match shows what it is worth.
/// </summary>
public sealed record SelfCheckClause(
    Clause Clause,
    EvaluationOutcome Outcome,
    AmountResult? Amount,
    IReadOnlyList<string> QuestionKeys,
    IReadOnlyList<string> Unanswered,
    IReadOnlyList<ConditionResult> NotMet,
    IReadOnlyList<ConditionResult> Waiting,
    bool UsesAnswers,
    IReadOnlyList<OpenCallLink> OpenCalls);

/// <summary>The self-check's result: the questions the profile leaves open, and every clause in force today.</summary>
public sealed record SelfCheck(DateOnly Today, IReadOnlyDictionary<string, SelfCheckQuestion> Questions, IReadOnlyList<SelfCheckClause> Clauses)
{
    public IReadOnlyList<SelfCheckClause> Claimable => Clauses.Where(c => c.Outcome == EvaluationOutcome.Eligible).ToList();

    public IReadOnlyList<SelfCheckClause> NeedsAnswers => Clauses.Where(c => c.Outcome == EvaluationOutcome.NeedsInput).ToList();

    /// <summary>
    /// 很可能符合: clauses the profile does not rule out and one or two answers settle, fewest questions first, then the
    /// larger amount: what the enterprise should look at before answering anything else.
    /// </summary>
    public IReadOnlyList<SelfCheckClause> Likely => NeedsAnswers
        .Where(c => Prospects.ClauseProspecting.IsLikely(c.Clause, c.Unanswered, c.NotMet.Count > 0))
        .OrderBy(c => c.Unanswered.Count).ThenByDescending(c => c.Amount?.Value ?? 0m).ToList();

    /// <summary>The clauses still waiting on answers that are not likely matches.</summary>
    public IReadOnlyList<SelfCheckClause> Pending
    {
        get
        {
            var likely = Likely.Select(c => c.Clause.Id).ToHashSet(StringComparer.Ordinal);
            return NeedsAnswers.Where(c => !likely.Contains(c.Clause.Id)).ToList();
        }
    }

    public IReadOnlyList<SelfCheckClause> NotClaimable => Clauses.Where(c => c.Outcome == EvaluationOutcome.NotEligible).ToList();

    /// <summary>Answers that could not be read, by question key.</summary>
    public IReadOnlyDictionary<string, string> Errors =>
        Questions.Values.Where(q => q.Error is not null).ToDictionary(q => q.Key, q => q.Error!, StringComparer.Ordinal);
}

/// <summary>
/// 可享受政策自查: which clauses the applicant's enterprise may claim today, from its profile plus answers to the
/// questions the profile does not settle. Answers are never stored.
/// </summary>
public interface IEligibilitySelfCheck
{
    /// <summary>
    /// Evaluates every clause in force today with the profile's facts and the answers typed (by question key; blank
    /// means not answered). With no answers it is the opening state. Null when the applicant acts for no enterprise.
    /// </summary>
    Task<SelfCheck?> CheckAsync(Actor applicant, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken);
}

/// <summary>The self-check itself, a pure function of the enterprise, the day, the answers and the open calls.</summary>
public static class SelfCheckEvaluation
{
    /// <summary>Every question any clause asks, by key (the first clause's wording where several ask the same).</summary>
    private static readonly IReadOnlyDictionary<string, FactDefinition> Schema = PolicyCatalog.Clauses.Concat(PolicyCatalog.Amendments)
        .SelectMany(c => c.Inputs).GroupBy(i => i.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static SelfCheck Evaluate(
        Enterprise enterprise, string? townOrParkName, DateOnly today, IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, IReadOnlyList<OpenCallLink>> openCalls)
    {
        var facts = ProfileFacts.From(enterprise, today, townOrParkName);
        var settled = facts.Keys.ToHashSet(StringComparer.Ordinal);
        var questions = new Dictionary<string, SelfCheckQuestion>(StringComparer.Ordinal);
        foreach (var (key, input) in Schema)
        {
            if (settled.Contains(key))
            {
                continue;
            }

            var text = answers.GetValueOrDefault(key)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                questions[key] = new SelfCheckQuestion(input, null, null);
            }
            else if (ProfileFacts.TryParse(input, text, out var value, out var error))
            {
                facts[key] = value!;
                questions[key] = new SelfCheckQuestion(input, text, null);
            }
            else
            {
                questions[key] = new SelfCheckQuestion(input, text, error);
            }
        }

        var known = new Facts(facts);
        var clauses = new List<SelfCheckClause>();
        foreach (var clause in PolicyCatalog.ClausesOn(today))
        {
            var evaluation = ClauseEvaluator.Evaluate(clause, known, today, []);
            if (evaluation.Outcome == EvaluationOutcome.NoRuleInForce)
            {
                continue;
            }

            var keys = clause.Inputs.Select(i => i.Key).Where(questions.ContainsKey).Distinct().ToList();
            clauses.Add(new SelfCheckClause(
                clause,
                evaluation.Outcome,
                evaluation.Outcome == EvaluationOutcome.NeedsInput ? clause.Amount(known) : evaluation.Amount,
                keys,
                keys.Where(k => !questions[k].Answered).ToList(),
                evaluation.Conditions.Where(c => c.Status == ConditionStatus.NotMet).ToList(),
                evaluation.Conditions.Where(c => c.Status == ConditionStatus.NeedsInput).ToList(),
                keys.Any(k => questions[k].Answer is not null),
                openCalls.GetValueOrDefault(clause.Id) ?? []));
        }

        return new SelfCheck(today, questions, clauses);
    }
}
