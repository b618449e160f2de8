using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies;

/// <summary>
/// One fact of the vocabulary and the clauses that read it; a derived fact also names the facts it is computed from
/// and the sentence it encodes.
/// </summary>
public sealed record VocabularyEntry(FactDefinition Definition, IReadOnlyList<string> ClauseIds, IReadOnlyList<string> DerivedFrom, string? Quote)
{
    public string Key => Definition.Key;
}

/// <summary>
/// The fact vocabulary: every fact a clause reads, each defined once. Two rules hold it together, checked when the
/// catalog loads so a clause that breaks them never runs: a key has one definition (type, unit, labels, entity,
/// source), and a project fact is read only by the clauses of one provision (one policy's article or 专题, whose
/// sub-cases are about the same project). A fact several provisions read must be about the enterprise, so evaluating
/// every clause with one enterprise's facts gives each clause the facts meant for it.
/// </summary>
public static class FactVocabulary
{
    public static IReadOnlyList<VocabularyEntry> All { get; } = Build(PolicyCatalog.Clauses);

    private static readonly Dictionary<string, VocabularyEntry> ByKey = All.ToDictionary(e => e.Key, StringComparer.Ordinal);

    public static VocabularyEntry? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>The provision a clause belongs to: its sub-cases share project facts, nothing else does.</summary>
    public static string ProvisionOf(Clause clause) => $"{clause.Policy.Id} {clause.Article}";

    public static IReadOnlyList<VocabularyEntry> Build(IEnumerable<Clause> clauses)
    {
        var uses = new Dictionary<string, List<(FactDefinition Definition, Clause Clause)>>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            foreach (var input in clause.Inputs.Concat(clause.Derived.Select(d => d.Definition)))
            {
                if (!uses.TryGetValue(input.Key, out var list))
                {
                    uses[input.Key] = list = [];
                }

                list.Add((input, clause));
            }
        }

        var entries = new List<VocabularyEntry>(uses.Count);
        foreach (var (key, list) in uses)
        {
            var definition = list[0].Definition;
            if (list.FirstOrDefault(u => u.Definition != definition) is { Clause: not null } other)
            {
                throw new InvalidOperationException(
                    $"Fact '{key}' is defined twice: {list[0].Clause.Id} says {definition}, {other.Clause.Id} says {other.Definition}.");
            }

            var provisions = list.Select(u => ProvisionOf(u.Clause)).Distinct(StringComparer.Ordinal).ToList();
            if (definition.Entity == FactEntity.Project && provisions.Count > 1)
            {
                throw new InvalidOperationException(
                    $"Project fact '{key}' is read by clauses of different provisions ({string.Join("; ", provisions)}): " +
                    "give each its own key, or define it as a fact about the enterprise if it means the same for all.");
            }

            var derived = list[0].Clause.Derived.FirstOrDefault(d => d.Key == key);
            entries.Add(new VocabularyEntry(
                definition, list.Select(u => u.Clause.Id).Distinct(StringComparer.Ordinal).ToList(), derived?.From ?? [], derived?.Quote));
        }

        return entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
    }
}
