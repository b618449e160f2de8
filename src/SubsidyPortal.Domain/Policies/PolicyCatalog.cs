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

    /// <summary>
    /// Later versions of clauses (修订), each with the id of the clause it amends and its own effective date. None of
    /// the three texts has been amended so far; an amendment is encoded here ahead of its date, so staff can see what it
    /// would change (<c>IRuleVersions</c>) before it takes effect.
    /// </summary>
    public static IReadOnlyList<Clause> Amendments { get; } = [];

    /// <summary>Every version of a clause, oldest first (empty for an unknown id).</summary>
    public static IReadOnlyList<Clause> VersionsOf(string id) =>
        Find(id) is { } first ? [first, .. Amendments.Where(a => a.Id == id).OrderBy(a => a.Version.Number)] : [];

    /// <summary>The version of a clause in force on a day (null for an unknown id).</summary>
    public static Clause? InForce(string id, DateOnly day) => VersionsOf(id) is { Count: > 0 } versions ? ClauseVersions.InForce(versions, day) : null;

    /// <summary>Every clause, each in the version in force on the day.</summary>
    public static IEnumerable<Clause> ClausesOn(DateOnly day) => Amendments.Count == 0 ? Clauses : Clauses.Select(c => InForce(c.Id, day)!);

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
