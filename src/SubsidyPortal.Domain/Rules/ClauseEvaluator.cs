namespace SubsidyPortal.Domain.Rules;

public enum EvaluationOutcome
{
    Eligible,
    NotEligible,
    NeedsInput,
    /// <summary>The reference date lies outside the clause's period: no rule applies (never a zero amount).</summary>
    NoRuleInForce,
}

/// <summary>An award the enterprise already holds, as the evaluation's input for conflicts.</summary>
/// <summary>Support the enterprise already holds; <see cref="NotCombinableWith"/> is what its own clause names as not
/// combinable (so the rule binds from either side). Built from the catalogue by <c>PolicyCatalog.PriorAward</c>.</summary>
public sealed record PriorAward(
    string ClauseId, string? ExclusivityGroup, decimal Amount, DateOnly AwardedOn, string? MatterKey = null, IReadOnlyList<string>? NotCombinableWith = null);

public sealed record Evaluation(
    string ClauseId,
    EvaluationOutcome Outcome,
    AmountResult? Amount,
    IReadOnlyList<ConditionResult> Conditions,
    IReadOnlyList<Parameter> ParametersUsed,
    IReadOnlyList<PriorAward> PriorAwardsConsidered,
    Citation Citation,
    DateOnly ReferenceDate,
    // The clause version it was made with (ClauseVersion.Code), stored with every decision.
    string RuleSetVersion);

/// <summary>A pure function of (clause, facts, reference date, prior awards): no clock, no database.</summary>
public static class ClauseEvaluator
{
    /// <summary>Facts key naming the matter (project, certificate, product) an application is about.</summary>
    public const string MatterKey = "matter";

    public static Evaluation Evaluate(Clause clause, Facts facts, DateOnly referenceDate, IReadOnlyList<PriorAward> priorAwards)
    {
        if (!clause.Policy.Period.Contains(referenceDate) || !clause.Period.Contains(referenceDate))
        {
            return new Evaluation(clause.Id, EvaluationOutcome.NoRuleInForce, null, [], [], [], clause.Citation, referenceDate, clause.Version.Code);
        }

        var conditions = clause.ConditionsOnce;
        var results = new List<ConditionResult>(conditions.Count + 4);
        var anyNotMet = false;
        var anyNeedsInput = false;
        foreach (var condition in conditions)
        {
            var result = condition.Evaluate(facts);
            anyNotMet |= result.Status == ConditionStatus.NotMet;
            anyNeedsInput |= result.Status == ConditionStatus.NeedsInput;
            results.Add(result);
        }

        // The amount is only worth computing when every condition holds (it is shown only for Eligible).
        var amount = anyNotMet || anyNeedsInput ? null : clause.Amount(facts);
        if (amount is { Value: <= 0m })
        {
            // A figure that rounds to nothing (e.g. 20 % of one fen) is no award: refused with a reason, never a silent zero.
            results.Add(AmountAboveZeroNotMet);
            anyNotMet = true;
        }

        var (exclusivityGroup, notCombinable) = clause.ConflictsOnce;
        IReadOnlyList<PriorAward> considered = [];
        if (priorAwards.Count == 0)
        {
            // The usual case, kept free of lambdas (a capturing lambda allocates even when it never runs).
            results.Add(SameMatterMet);
            if (notCombinable.Count > 0)
            {
                results.Add(NotCombinableMet);
            }

            if (exclusivityGroup is not null)
            {
                results.Add(HighestOnlyMet);
            }
        }
        else
        {
            var before = results.Count;
            considered = AddConflictResults(clause, facts, amount, priorAwards, exclusivityGroup, notCombinable, results);
            for (var i = before; i < results.Count; i++)
            {
                anyNotMet |= results[i].Status == ConditionStatus.NotMet;
                anyNeedsInput |= results[i].Status == ConditionStatus.NeedsInput;
            }
        }

        var outcome = anyNotMet ? EvaluationOutcome.NotEligible
            : anyNeedsInput || amount is null ? EvaluationOutcome.NeedsInput
            : EvaluationOutcome.Eligible;
        return new Evaluation(
            clause.Id,
            outcome,
            outcome == EvaluationOutcome.Eligible ? amount : null,
            results,
            ParametersInForce(clause.ParametersOnce, referenceDate),
            considered,
            clause.Citation,
            referenceDate,
            clause.Version.Code);
    }

    private static readonly ConditionResult SameMatterMet =
        new("same-matter-once", ConditionStatus.Met, "同一单位不得因同一事项重复享受政策", "The same matter is supported only once");

    /// <summary>同一事项不得重复享受, "not combinable with" and 就高不重复, against the awards the enterprise holds.</summary>
    private static List<PriorAward> AddConflictResults(
        Clause clause, Facts facts, AmountResult? amount, IReadOnlyList<PriorAward> priorAwards, string? group,
        IReadOnlyList<string> notCombinable, List<ConditionResult> results)
    {
        var considered = new List<PriorAward>();
        var matter = facts.Values.TryGetValue(MatterKey, out var m) ? m as string : null;
        var sameMatter = priorAwards.Where(p => p.ClauseId == clause.Id && p.MatterKey == matter).ToList();
        considered.AddRange(sameMatter);
        results.Add(sameMatter.Count > 0 ? SameMatterNotMet : SameMatterMet);

        // Either side's "not combinable" binds (NotCombinable.Between, the findings' rule too).
        var excluded = priorAwards.Where(p => NotCombinable.Between(clause, p.ClauseId, p.NotCombinableWith)).ToList();
        if (notCombinable.Count > 0 || excluded.Count > 0)
        {
            considered.AddRange(excluded);
            results.Add(excluded.Count == 0 ? NotCombinableMet : NotCombinableMet with { Status = ConditionStatus.NotMet });
        }

        if (group is not null)
        {
            var rivals = priorAwards.Where(p => p.ExclusivityGroup == group && p.ClauseId != clause.Id).ToList();
            considered.AddRange(rivals);
            var status = rivals.Count == 0 ? ConditionStatus.Met
                : amount is null ? ConditionStatus.NeedsInput
                : rivals.TrueForAll(r => r.Amount < amount.Value) ? ConditionStatus.Met : ConditionStatus.NotMet;
            results.Add(status == ConditionStatus.Met ? HighestOnlyMet : HighestOnlyMet with { Status = status });
        }

        return considered.Distinct().ToList();
    }

    private static readonly ConditionResult NotCombinableMet = new(NotCombinable.Code, ConditionStatus.Met, NotCombinable.TextZh, NotCombinable.TextEn);

    private static readonly ConditionResult HighestOnlyMet =
        new("highest-only", ConditionStatus.Met, "就高不重复：同类政策只享受金额最高的一项", "Highest only: of similar policies only the highest award is granted");

    private static readonly ConditionResult AmountAboveZeroNotMet =
        new("amount-above-zero", ConditionStatus.NotMet, "按条款计算的支持金额为零，不予支持", "The amount the clause gives is zero, so there is no award");

    private static readonly ConditionResult SameMatterNotMet = SameMatterMet with { Status = ConditionStatus.NotMet };

    private static IReadOnlyList<Parameter> ParametersInForce(IReadOnlyList<Parameter> parameters, DateOnly day)
    {
        foreach (var p in parameters)
        {
            if (!p.Period.Contains(day))
            {
                return parameters.Where(q => q.Period.Contains(day)).ToList();
            }
        }

        return parameters;
    }
}
