using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>Every clause in ChangningClauses.All: unique id, verbatim quote, inputs, conditions, and the policy period.</summary>
public sealed class ChangningClausesTests
{
    public static TheoryData<string> ClauseIds => new(ChangningClauses.All.Select(c => c.Id));

    private static Clause ById(string id) => ChangningClauses.All.Single(c => c.Id == id);

    private static string PolicyTextWithoutLineBreaks()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SubsidyPortal.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var path = Path.Combine(dir.FullName, "..", "shared", "policies", "changning-2024-measures.txt");
        return File.ReadAllText(path).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_clause_has_a_unique_id_in_the_changning_2024_namespace()
    {
        var ids = ChangningClauses.All.Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.StartsWith("changning-2024/", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Articles_1_to_12_all_have_at_least_one_clause()
    {
        for (var article = 1; article <= 12; article++)
        {
            Assert.Contains(ChangningClauses.All, c => c.Article == $"第 {article} 条");
        }
    }

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void The_quote_occurs_verbatim_in_the_policy_text(string id)
    {
        var quote = ById(id).Quote;
        Assert.False(string.IsNullOrWhiteSpace(quote));
        Assert.Contains(quote, PolicyTextWithoutLineBreaks(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void The_clause_has_inputs_conditions_and_the_article_13_applicability(string id)
    {
        var clause = ById(id);
        Assert.NotEmpty(clause.Inputs);
        Assert.NotEmpty(clause.Conditions);
        Assert.Contains(clause.Conditions, c => c.Code == "changning-13-applicability");
        Assert.Contains(clause.Inputs, i => i.Key == "goodCredit");
        Assert.Equal(ChangningPolicy.Committee, clause.AcceptingDepartment);
        Assert.NotEmpty(clause.RequiredMaterials);
    }

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void Every_condition_code_belongs_to_the_changning_policy(string id) =>
        Assert.All(ById(id).Conditions, c => Assert.StartsWith("changning-", c.Code, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void No_rule_is_in_force_the_day_before_the_policy_starts_or_the_day_after_it_ends(string id)
    {
        var clause = ById(id);
        foreach (var day in new[] { new DateOnly(2024, 4, 2), new DateOnly(2027, 1, 1) })
        {
            var result = ClauseEvaluator.Evaluate(clause, Facts.Empty, day, []);
            Assert.Equal(EvaluationOutcome.NoRuleInForce, result.Outcome);
            Assert.Null(result.Amount);
        }
    }

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void With_no_facts_the_clause_asks_for_input_rather_than_refusing(string id) =>
        Assert.Equal(EvaluationOutcome.NeedsInput, ClauseEvaluator.Evaluate(ById(id), Facts.Empty, ChangningTest.InForce, []).Outcome);

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void Every_parameter_cites_its_clause_and_the_policy_period(string id)
    {
        var clause = ById(id);
        Assert.All(clause.Parameters, p =>
        {
            Assert.Equal(clause.Citation, p.Citation);
            Assert.Equal(ChangningPolicy.Document.Period, p.Period);
        });
    }
}
