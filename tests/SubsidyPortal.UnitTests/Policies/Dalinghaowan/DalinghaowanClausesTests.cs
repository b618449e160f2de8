using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Checks every clause in <see cref="DalinghaowanClauses.All"/> against the policy text and the shared rules.</summary>
public sealed class DalinghaowanClausesTests
{
    private static readonly Lazy<string> PolicyText = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SubsidyPortal.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var path = Path.Combine(dir.FullName, "..", "shared", "policies", "dalinghaowan-2024-measures.txt");
        return File.ReadAllText(path).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
    });

    public static TheoryData<string> Ids
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var clause in DalinghaowanClauses.All)
            {
                data.Add(clause.Id);
            }

            return data;
        }
    }

    [Fact]
    public void Every_clause_has_a_unique_id_under_dalinghaowan_2024()
    {
        var ids = DalinghaowanClauses.All.Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.StartsWith("dalinghaowan-2024/", id, StringComparison.Ordinal));
    }

    [Fact]
    public void The_policy_document_carries_the_number_issuer_and_period_of_the_text()
    {
        var doc = DalinghaowanPolicy.Document;
        Assert.Equal("dalinghaowan-2024", doc.Id);
        Assert.Equal("沪府办规〔2024〕7 号", doc.DocumentNumber);
        Assert.Equal("上海市人民政府办公厅", doc.Issuer);
        Assert.Contains(doc.Title, PolicyText.Value, StringComparison.Ordinal);
        Assert.Contains(doc.DocumentNumber, PolicyText.Value, StringComparison.Ordinal);
        Assert.Contains(DalinghaowanPolicy.HighestOnlyQuote, PolicyText.Value, StringComparison.Ordinal);
        Assert.Equal(EffectivePeriod.Through(new DateOnly(2024, 7, 11), new DateOnly(2029, 7, 10)), doc.Period);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_quote_occurs_verbatim_in_the_policy_text(string id)
    {
        var clause = DalinghaowanCases.ById(id);
        Assert.False(string.IsNullOrWhiteSpace(clause.Quote));
        Assert.Contains(clause.Quote, PolicyText.Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_derived_fact_quotes_the_sentence_it_encodes_verbatim_and_reads_only_the_clauses_inputs(string id)
    {
        var clause = DalinghaowanCases.ById(id);
        foreach (var derived in clause.Derived)
        {
            Assert.Contains(derived.Quote, PolicyText.Value, StringComparison.Ordinal);
            Assert.All(derived.From, key => Assert.Contains(clause.Inputs, i => i.Key == key));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_clause_names_inputs_conditions_parameters_materials_and_a_department(string id)
    {
        var clause = DalinghaowanCases.ById(id);
        Assert.NotEmpty(clause.Inputs);
        Assert.NotEmpty(clause.Conditions);
        Assert.NotEmpty(clause.Parameters);
        Assert.NotEmpty(clause.RequiredMaterials);
        Assert.False(string.IsNullOrWhiteSpace(clause.AcceptingDepartment));
        Assert.False(string.IsNullOrWhiteSpace(clause.TitleZh));
        Assert.Same(DalinghaowanPolicy.Document, clause.Policy);
        Assert.All(clause.Conditions, c => Assert.StartsWith("dalinghaowan-", c.Code, StringComparison.Ordinal));
        Assert.All(clause.Inputs, i => Assert.False(string.IsNullOrWhiteSpace(i.LabelZh) || string.IsNullOrWhiteSpace(i.LabelEn)));
        Assert.Equal(clause.Inputs.Count, clause.Inputs.Select(i => i.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(clause.Parameters, p => Assert.Equal(clause.Quote, p.Citation.Quote));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void No_rule_is_in_force_the_day_before_or_the_day_after_the_period(string id)
    {
        var clause = DalinghaowanCases.ById(id);
        foreach (var day in new[] { new DateOnly(2024, 7, 10), new DateOnly(2029, 7, 11) })
        {
            var result = Eval(clause, Typical(clause), day);
            Assert.Equal(EvaluationOutcome.NoRuleInForce, result.Outcome);
            Assert.Null(result.Amount);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Typical_facts_give_a_positive_amount_never_a_silent_zero(string id)
    {
        var clause = DalinghaowanCases.ById(id);
        var amount = Eligible(clause, Typical(clause));
        Assert.True(amount.Value > 0m);
        Assert.Equal(AmountStage.Rounding, amount.Trace[^1].Stage);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_higher_city_award_for_the_same_matter_leaves_only_the_higher_one(string id)
    {
        var clause = DalinghaowanCases.ById(id);
        if (clause.ExclusivityGroup is not { } group)
        {
            return;
        }

        var facts = Typical(clause);
        var own = Eligible(clause, facts).Value;
        var higher = new PriorAward("shanghai-city/same-matter", group, own + 1m, new DateOnly(2025, 1, 1));
        var lower = new PriorAward("shanghai-city/same-matter", group, own - 1m, new DateOnly(2025, 1, 1));

        var excluded = Eval(clause, facts, prior: [higher]);
        Assert.Equal(EvaluationOutcome.NotEligible, excluded.Outcome);
        Assert.Contains(excluded.Conditions, c => c.Code == "highest-only" && c.Status == ConditionStatus.NotMet);
        Assert.Equal(EvaluationOutcome.Eligible, Eval(clause, facts, prior: [lower]).Outcome);
    }

    [Fact]
    public void Postdoc_allowances_add_to_the_city_base_funding_and_are_in_no_highest_only_group()
    {
        var postdoc = DalinghaowanClauses.All.Where(c => c.Id.StartsWith("dalinghaowan-2024/11-", StringComparison.Ordinal) && c.Id != "dalinghaowan-2024/11-talent-training");
        Assert.All(postdoc, c => Assert.Null(c.ExclusivityGroup));
    }

    [Fact]
    public void The_same_matter_is_supported_once()
    {
        var clause = new Measure08GazelleFirstQualified();
        var prior = new PriorAward(clause.Id, clause.ExclusivityGroup, 2_000_000m, new DateOnly(2025, 1, 1));
        Assert.Equal(EvaluationOutcome.NotEligible, Eval(clause, Typical(clause), prior: [prior]).Outcome);
    }
}
