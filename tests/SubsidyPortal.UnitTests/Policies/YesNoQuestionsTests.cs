using System.Globalization;
using System.Text;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Policies;

/// <summary>
/// Every yes/no the catalog asks says why it is still a question, and docs/facts.md shows the vocabulary as the catalog
/// has it. Refresh the document with <c>UPDATE_DOCS=1 dotnet test tests/SubsidyPortal.UnitTests --filter YesNoQuestionsTests</c>.
/// </summary>
public sealed class YesNoQuestionsTests
{
    private static IReadOnlyList<VocabularyEntry> AskedYesNo => FactVocabulary.All
        .Where(e => e.Definition.Type == InputType.Boolean && e.Definition.Source != FactSource.Derived).ToList();

    [Fact]
    public void Every_yes_no_the_catalog_asks_has_a_reason_and_no_reason_is_stale()
    {
        Assert.Equal(AskedYesNo.Select(e => e.Key).Order(StringComparer.Ordinal), YesNoQuestions.ByKey.Keys.Order(StringComparer.Ordinal));
        Assert.All(YesNoQuestions.ByKey.Values, q => Assert.False(string.IsNullOrWhiteSpace(q.ReasonZh) || string.IsNullOrWhiteSpace(q.ReasonEn)));
    }

    [Fact]
    public void A_fact_the_profile_settles_is_marked_so_and_one_marked_so_is_settled_by_the_profile()
    {
        foreach (var entry in AskedYesNo)
        {
            Assert.True(
                (entry.Definition.Source == FactSource.Profile) == (YesNoQuestions.ByKey[entry.Key].Kind == YesNoKind.Profile),
                $"{entry.Key}: source {entry.Definition.Source}, kind {YesNoQuestions.ByKey[entry.Key].Kind}");
        }
    }

    [Fact]
    public void The_facts_document_shows_the_catalog_as_it_is()
    {
        var path = RepositoryRoot.Combine("docs", "facts.md");
        var expected = Document();
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected, "docs/facts.md is out of date: run UPDATE_DOCS=1 dotnet test tests/SubsidyPortal.UnitTests --filter YesNoQuestionsTests");
    }

    private static string Document()
    {
        var all = FactVocabulary.All;
        var asked = AskedYesNo;
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
        string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);

        Line("# Facts: the vocabulary, what is derived, and the yes/no questions that remain");
        Line();
        Line("Generated from the catalog by `YesNoQuestionsTests` (tests/SubsidyPortal.UnitTests); do not edit by hand. The API lists");
        Line("the same vocabulary at `GET /api/facts`.");
        Line();
        Line($"The catalog's {Count(PolicyCatalog.Clauses.Count)} clauses read {Count(all.Count)} facts, each defined once (`FactVocabulary`):");
        foreach (var group in all.GroupBy(e => e.Definition.Source).OrderBy(g => g.Key))
        {
            Line($"- {group.Key}: {Count(group.Count())}");
        }

        Line();
        Line($"Of the asked facts, {Count(asked.Count)} are yes/no; by why each remains a question (`YesNoQuestions`):");
        foreach (var group in asked.GroupBy(e => YesNoQuestions.ByKey[e.Key].Kind).OrderBy(g => g.Key))
        {
            Line($"- {group.Key}: {Count(group.Count())}");
        }

        Line();
        Line("Status: an official status or listing the committee can fill from its list. Declaration: the applicant's own");
        Line("statement. Judgement: the text leaves it to a person or the committee. Profile: settled by the enterprise profile,");
        Line("asked only where the profile is silent. A yes/no that restated a condition the engine can derive is not asked: its");
        Line("plain facts and a derived fact (below) replaced it.");
        Line();
        Line("## Derived facts");
        Line();
        Line("| Key | 含义 | From | Text | Clauses |");
        Line("|---|---|---|---|---|");
        foreach (var e in all.Where(e => e.Definition.Source == FactSource.Derived))
        {
            Line($"| `{e.Key}` | {Cell(e.Definition.LabelZh)} | {string.Join(", ", e.DerivedFrom.Select(k => $"`{k}`"))} | {Cell(e.Quote ?? "")} | {Count(e.ClauseIds.Count)} |");
        }

        Line();
        Line("## Yes/no questions");
        Line();
        Line("| Key | 问题 | Kind | 为何仍要问 / Why it is asked | Clauses |");
        Line("|---|---|---|---|---|");
        foreach (var e in asked.OrderBy(e => YesNoQuestions.ByKey[e.Key].Kind).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            var q = YesNoQuestions.ByKey[e.Key];
            Line($"| `{e.Key}` | {Cell(e.Definition.LabelZh)} | {q.Kind} | {Cell(q.ReasonZh)} / {Cell(q.ReasonEn)} | {Count(e.ClauseIds.Count)} |");
        }

        return text.ToString();
    }
}
