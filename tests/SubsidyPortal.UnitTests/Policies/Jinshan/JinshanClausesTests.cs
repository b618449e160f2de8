using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>Properties every clause of 金科〔2025〕25 号 must have.</summary>
public sealed class JinshanClausesTests
{
    public static TheoryData<string> ClauseIds()
    {
        var data = new TheoryData<string>();
        foreach (var clause in JinshanClauses.All)
        {
            data.Add(clause.Id);
        }

        return data;
    }

    private static Clause Find(string id) => JinshanClauses.All.Single(c => c.Id == id);

    [Fact]
    public void Clause_ids_are_unique_and_start_with_the_policy_id()
    {
        var ids = JinshanClauses.All.Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.StartsWith("jinshan-2025/", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_topic_of_the_document_is_encoded()
    {
        var topics = JinshanClauses.All.Select(c => c.Article).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(29, topics);
    }

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void The_quote_occurs_verbatim_in_the_policy_text(string id) =>
        Assert.Contains(Find(id).Quote, JinshanFacts.PolicyText.Value, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void Inputs_conditions_and_parameters_are_declared_and_the_credit_rule_applies(string id)
    {
        var clause = Find(id);
        Assert.NotEmpty(clause.Inputs);
        Assert.NotEmpty(clause.Conditions);
        Assert.NotEmpty(clause.RequiredMaterials);
        Assert.Contains(clause.Conditions, c => c.Code == "jinshan-credit");
        Assert.All(clause.Conditions, c => Assert.StartsWith("jinshan-", c.Code, StringComparison.Ordinal));
        Assert.Equal(clause.Inputs.Count, clause.Inputs.Select(i => i.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("区科委", clause.AcceptingDepartment);
        Assert.Same(JinshanPolicy.Document, clause.Policy);
    }

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void No_rule_is_in_force_before_the_notice_date(string id)
    {
        var result = ClauseEvaluator.Evaluate(Find(id), Facts.Empty, new DateOnly(2025, 4, 29), []);
        Assert.Equal(EvaluationOutcome.NoRuleInForce, result.Outcome);
        Assert.Null(result.Amount);
    }

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void Without_facts_a_clause_asks_for_input_and_never_returns_an_amount(string id)
    {
        var result = ClauseEvaluator.Evaluate(Find(id), Facts.Empty, new DateOnly(2025, 9, 1), []);
        Assert.Equal(EvaluationOutcome.NeedsInput, result.Outcome);
        Assert.Null(result.Amount);
    }

    [Fact]
    public void Exactly_the_topics_whose_procedure_reads_免申即享_are_automatic_entitlements()
    {
        string[] expected =
        [
            "jinshan-2025/5-1-tech-sme-innovation-fund", "jinshan-2025/5-3-city-little-giant", "jinshan-2025/5-5-science-award-matching",
            "jinshan-2025/6-2-key-laboratory", "jinshan-2025/6-3-new-research-institution", "jinshan-2025/6-4-innovation-voucher",
            "jinshan-2025/6-5-research-service-platform",
        ];
        var automatic = JinshanClauses.All.Where(c => c.Claim == ClaimMethod.AutomaticEntitlement).Select(c => c.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), automatic);
        Assert.Equal(7, JinshanFacts.PolicyText.Value.Split("免申即享").Length - 1);
    }

    [Fact]
    public void Only_the_revenue_tiers_share_a_highest_only_group_and_only_the_high_tech_awards_exclude_outside_programmes()
    {
        Assert.All(JinshanClauses.All.Where(c => c.ExclusivityGroup is not null), c => Assert.StartsWith("jinshan-2025/3-1-revenue-", c.Id, StringComparison.Ordinal));
        Assert.Equal(4, JinshanClauses.All.Count(c => c.ExclusivityGroup == JinshanPolicy.RevenueMilestoneGroup));
        Assert.All(JinshanClauses.All.Where(c => c.NotCombinableWith.Count > 0), c => Assert.StartsWith("jinshan-2025/5-2-high-tech-", c.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void The_period_starts_on_the_notice_date_and_has_no_known_end()
    {
        Assert.Equal(new DateOnly(2025, 4, 30), JinshanPolicy.Document.Period.Start);
        Assert.Null(JinshanPolicy.Document.Period.EndExclusive);
        Assert.Equal("金科〔2025〕25 号", JinshanPolicy.Document.DocumentNumber);
        Assert.Contains("施行时间同《金山区关于加快培育发展新质生产力进一步推动产业高质量转型升级的若干政策》（金发改规〔2025〕1 号）规定的有效期", JinshanFacts.PolicyText.Value, StringComparison.Ordinal);
    }
}
