using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies;

/// <summary>Every encoded policy and clause, in the order the documents give them.</summary>
public static class PolicyCatalog
{
    public static IReadOnlyList<PolicyDocument> Policies { get; } = [ChangningPolicy.Document, JinshanPolicy.Document, DalinghaowanPolicy.Document];

    public static IReadOnlyList<Clause> Clauses { get; } = [.. ChangningClauses.All, .. JinshanClauses.All, .. DalinghaowanClauses.All];

    private static readonly Dictionary<string, Clause> ById = Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public static Clause? Find(string id) => ById.GetValueOrDefault(id);

    // Outside programmes a clause names as not combinable (张江示范区's high-tech support, …): held support under them is
    // understood, though no clause of the catalog encodes them.
    private static readonly HashSet<string> OutsideProgrammes = Clauses.SelectMany(c => c.NotCombinableWith)
        .Where(id => !ById.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether support held under this id means something to the rules: a clause, or an outside programme one names.</summary>
    public static bool IsKnownAwardSource(string id) => ById.ContainsKey(id) || OutsideProgrammes.Contains(id);

    /// <summary>Support held under a clause, with what its clause says about combining (就高不重复 group, not combinable);
    /// <paramref name="group"/> overrides the group, for a caller that states it (the API).</summary>
    public static PriorAward PriorAward(string clauseId, decimal amount, DateOnly awardedOn, string? matterKey, string? group = null) =>
        Find(clauseId) is { } clause
            ? new PriorAward(clauseId, group ?? clause.ExclusivityGroup, amount, awardedOn, matterKey, clause.NotCombinableWith)
            : new PriorAward(clauseId, group, amount, awardedOn, matterKey);
}
