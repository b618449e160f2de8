using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Prospects;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Prospects;

/// <summary>One clause an enterprise's profile matches: how surely, its amount or ceiling so far, and what is missing.</summary>
public sealed record ProspectFinding(Clause Clause, ProspectKind Kind, AmountResult? Amount, IReadOnlyList<string> MissingFacts);

/// <summary>
/// 政策找企业, the rule itself (pure): every clause in force on the day, evaluated with the facts the profile gives and
/// nothing else. A clause matches when all its conditions hold (符合), or when nothing the profile holds rules it out
/// and at most <see cref="ClauseProspect.MaxMissingFacts"/> of its facts are still unknown (很可能符合) — the same test the
/// self-check uses for the clauses it lists first (less those only the profile could settle), so the home page never
/// lists what the check does not.
/// </summary>
public static class ClauseProspecting
{
    public static IReadOnlyList<ProspectFinding> Find(Enterprise enterprise, string? townOrParkName, DateOnly today) =>
        Find(new Facts(ProfileFacts.From(enterprise, today, townOrParkName)), today);

    public static IReadOnlyList<ProspectFinding> Find(Facts known, DateOnly today)
    {
        var found = new List<ProspectFinding>();
        foreach (var clause in PolicyCatalog.ClausesOn(today))
        {
            var evaluation = ClauseEvaluator.Evaluate(clause, known, today, []);
            switch (evaluation.Outcome)
            {
                case EvaluationOutcome.Eligible:
                    found.Add(new ProspectFinding(clause, ProspectKind.Eligible, evaluation.Amount, []));
                    break;
                case EvaluationOutcome.NeedsInput when Missing(clause, known) is var missing
                                                        && IsLikely(clause, missing, evaluation.Conditions.Any(c => c.Status == ConditionStatus.NotMet)):
                    found.Add(new ProspectFinding(clause, ProspectKind.Likely, clause.Amount(known), missing));
                    break;
            }
        }

        return found;
    }

    /// <summary>The clause's facts not yet known, each once, in the clause's order.</summary>
    public static IReadOnlyList<string> Missing(Clause clause, Facts known) =>
        clause.Inputs.Select(i => i.Key).Where(k => !known.Has(k)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Only facts the enterprise can state itself leave a match open. A fact the profile is meant to give but leaves
    /// open (大零号湾's location for an enterprise outside the area), or one only a committee list holds (由金山区推荐),
    /// points to nothing the portal holds: the self-check still asks, but it is no match.
    /// </summary>
    private static bool IsNotTheEnterprises(Clause clause, string key) =>
        clause.Inputs.FirstOrDefault(i => i.Key == key)?.Source is FactSource.Profile or FactSource.CommitteeList;

    /// <summary>
    /// 很可能符合: waiting on one or two unknown facts, all of them the enterprise's to state, with no condition the known
    /// facts already fail. The self-check's first list uses the same test.
    /// </summary>
    public static bool IsLikely(Clause clause, IReadOnlyCollection<string> missing, bool anyNotMet) =>
        missing.Count is >= 1 and <= ClauseProspect.MaxMissingFacts && !anyNotMet && !missing.Any(key => IsNotTheEnterprises(clause, key));
}
