using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Rules;

/// <summary>Every fact is defined once; a project fact belongs to one provision; the catalog holds to both.</summary>
public sealed class FactVocabularyTests
{
    private sealed class TestClause(string id, string article, params FactDefinition[] inputs) : Clause
    {
        public override string Id => id;

        public override PolicyDocument Policy => ChangningPolicy.Document;

        public override string Article => article;

        public override string TitleZh => id;

        public override string Quote => "测试条款";

        public override string AcceptingDepartment => "区科委";

        public override IReadOnlyList<FactDefinition> Inputs => inputs;

        public override AmountResult? Amount(Facts facts) => null;
    }

    [Fact]
    public void Every_input_of_every_clause_is_in_the_vocabulary_with_the_same_definition()
    {
        foreach (var clause in PolicyCatalog.Clauses)
        {
            foreach (var input in clause.Inputs)
            {
                var entry = FactVocabulary.Find(input.Key);
                Assert.NotNull(entry);
                Assert.Equal(input, entry.Definition);
                Assert.Contains(clause.Id, entry.ClauseIds);
            }
        }

        var derived = PolicyCatalog.Clauses.SelectMany(c => c.Derived).ToList();
        foreach (var fact in derived)
        {
            var entry = FactVocabulary.Find(fact.Key)!;
            Assert.Equal(FactSource.Derived, entry.Definition.Source);
            Assert.Equal(fact.From, entry.DerivedFrom);
            Assert.All(fact.From, key => Assert.NotEqual(FactSource.Derived, FactVocabulary.Find(key)!.Definition.Source));
        }

        Assert.Equal(PolicyCatalog.Clauses.SelectMany(c => c.Inputs).Select(i => i.Key).Concat(derived.Select(d => d.Key)).Distinct().Count(), FactVocabulary.All.Count);
    }

    [Fact]
    public void Keys_the_issue_named_as_meaning_different_things_per_clause_are_gone()
    {
        foreach (var key in new[] { "awardedThisYear", "varietyCount", "passedReviewAndNotice", "totalInvestment", "annualOperatingExpenditure", "supportYear", "cityGrantAmount", "committeeDecidedAmount" })
        {
            Assert.Null(FactVocabulary.Find(key));
        }
    }

    [Fact]
    public void A_fact_read_by_several_provisions_is_about_the_enterprise()
    {
        foreach (var entry in FactVocabulary.All)
        {
            var provisions = entry.ClauseIds.Select(id => FactVocabulary.ProvisionOf(PolicyCatalog.Find(id)!)).Distinct().Count();
            Assert.True(provisions == 1 || entry.Definition.Entity != FactEntity.Project, $"{entry.Key} is a project fact of {provisions} provisions");
        }
    }

    [Fact]
    public void A_key_defined_twice_differently_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FactVocabulary.Build(
        [
            new TestClause("test/a", "第 1 条", FactDefinition.Money("grant", "市级资助", "City grant")),
            new TestClause("test/b", "第 1 条", FactDefinition.Money("grant", "区级资助", "District grant")),
        ]));
        Assert.Contains("'grant' is defined twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_fact_read_by_two_provisions_is_refused_and_an_enterprise_fact_is_not()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FactVocabulary.Build(
        [
            new TestClause("test/a", "第 1 条", FactDefinition.Money("awarded", "本年度已获支持", "Received this year")),
            new TestClause("test/b", "第 2 条", FactDefinition.Money("awarded", "本年度已获支持", "Received this year")),
        ]));
        Assert.Contains("'awarded'", error.Message, StringComparison.Ordinal);

        var located = FactDefinition.Flag("located", "在区内", "In the district").OfEnterprise(FactSource.Profile);
        var entry = Assert.Single(FactVocabulary.Build([new TestClause("test/a", "第 1 条", located), new TestClause("test/b", "第 2 条", located)]));
        Assert.Equal(["test/a", "test/b"], entry.ClauseIds);

        // Sub-cases of one provision share their project's facts.
        var investment = FactDefinition.Money("investment", "总投入", "Investment");
        Assert.Single(FactVocabulary.Build([new TestClause("test/a", "第 1 条", investment), new TestClause("test/b", "第 1 条", investment)]));
    }
}
