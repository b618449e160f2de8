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
}
