using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Policies;

/// <summary>
/// Every clause of every policy, at the edges of its period: the day before it starts and the day its period
/// ends answer "no rule in force" with no amount; its first and last days are in force (whatever the facts say).
/// </summary>
public sealed class PeriodEdgeSweepTests
{
    public static TheoryData<string> ClauseIds => new(PolicyCatalog.Clauses.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(ClauseIds))]
    public void Each_clause_is_in_force_exactly_within_its_period(string clauseId)
    {
        var clause = PolicyCatalog.Find(clauseId)!;
        var period = clause.Period;
        Assert.Equal(EvaluationOutcome.NoRuleInForce, Evaluate(clause, period.Start.AddDays(-1)).Outcome);
        Assert.Null(Evaluate(clause, period.Start.AddDays(-1)).Amount);
        Assert.NotEqual(EvaluationOutcome.NoRuleInForce, Evaluate(clause, period.Start).Outcome);
        if (period.EndExclusive is { } end)
        {
            Assert.NotEqual(EvaluationOutcome.NoRuleInForce, Evaluate(clause, end.AddDays(-1)).Outcome);
            Assert.Equal(EvaluationOutcome.NoRuleInForce, Evaluate(clause, end).Outcome);
        }
        else
        {
            // Only the Jinshan rules are open-ended: their text defers the end date to 金发改规〔2025〕1 号,
            // which is not among the policy texts; JinshanPolicy says so.
            Assert.Equal("jinshan-2025", clause.Policy.Id);
        }
    }

    [Fact]
    public void No_clause_is_in_force_beyond_its_policy()
    {
        foreach (var clause in PolicyCatalog.Clauses)
        {
            Assert.True(clause.Period.Start >= clause.Policy.Period.Start, clause.Id);
            Assert.True(clause.Policy.Period.EndExclusive is null || clause.Period.EndExclusive <= clause.Policy.Period.EndExclusive, clause.Id);
        }
    }

    [Fact]
    public void Clause_ids_are_unique_across_the_catalog() =>
        Assert.Equal(PolicyCatalog.Clauses.Count, PolicyCatalog.Clauses.Select(c => c.Id).Distinct().Count());

    private static Evaluation Evaluate(Clause clause, DateOnly day) => ClauseEvaluator.Evaluate(clause, Facts.Empty, day, []);
}
