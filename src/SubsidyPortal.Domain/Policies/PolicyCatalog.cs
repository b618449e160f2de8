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

    /// <summary>Support held under a clause, with what its clause says about combining (就高不重复 group, not combinable);
    /// <paramref name="group"/> overrides the group, for a caller that states it (the API).</summary>
    public static PriorAward PriorAward(string clauseId, decimal amount, DateOnly awardedOn, string? matterKey, string? group = null) =>
        Find(clauseId) is { } clause
            ? new PriorAward(clauseId, group ?? clause.ExclusivityGroup, amount, awardedOn, matterKey, clause.NotCombinableWith)
            : new PriorAward(clauseId, group, amount, awardedOn, matterKey);
}
