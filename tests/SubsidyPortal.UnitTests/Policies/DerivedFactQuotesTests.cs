using SubsidyPortal.Domain.Policies;

namespace SubsidyPortal.UnitTests.Policies;

/// <summary>
/// Every derived fact carries the sentence it encodes: each part of its quote (parts joined by "……" where the quote
/// leaves words out) stands in its policy's text, so a reader goes from the text to the derivation in one hop and a
/// paraphrase cannot pass for the text. Spaces and line breaks are the files' layout, not the text's, and are ignored.
/// </summary>
public sealed class DerivedFactQuotesTests
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["changning-2024"] = "changning-2024-measures.txt",
        ["jinshan-2025"] = "jinshan-2025-implementation-rules.txt",
        ["dalinghaowan-2024"] = "dalinghaowan-2024-measures.txt",
    };

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static TheoryData<string, string> DerivedFacts
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var clause in PolicyCatalog.Clauses)
            {
                foreach (var derived in clause.Derived)
                {
                    data.Add(clause.Id, derived.Key);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Every_policy_has_derived_facts_to_check() =>
        Assert.All(Files.Keys, policy => Assert.Contains(PolicyCatalog.Clauses, c => c.Policy.Id == policy && c.Derived.Count > 0));

    [Theory]
    [MemberData(nameof(DerivedFacts))]
    public void Each_part_of_the_quote_stands_in_the_policy_text(string clauseId, string key)
    {
        var clause = PolicyCatalog.Find(clauseId)!;
        var quote = clause.Derived.Single(d => d.Key == key).Quote;
        var text = Flat(File.ReadAllText(RepositoryRoot.Combine("..", "shared", "policies", Files[clause.Policy.Id])));
        var parts = quote.Split("……", StringSplitOptions.RemoveEmptyEntries).Select(Flat).Where(p => p.Length > 0).ToList();
        Assert.NotEmpty(parts);
        Assert.All(parts, part => Assert.True(text.Contains(part, StringComparison.Ordinal), $"{clauseId} {key}: “{part}” is not in the text"));
    }
}
