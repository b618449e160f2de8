using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Rules;

public sealed class ClauseEvaluatorTests
{
    private static readonly DateOnly InForce = new(2025, 6, 1);

    [Fact]
    public void An_amount_that_rounds_to_zero_is_refused_with_a_reason_never_granted_as_zero()
    {
        // 沪府办规〔2024〕7 号（三）: 20 % of the project investment; 20 % of one fen rounds to 0.00.
        var clause = new Measure03InstrumentsReagentsSoftware();
        var facts = EligibleFacts(clause).With(clause.BaseKey, 0.01m);
        var result = ClauseEvaluator.Evaluate(clause, facts, InForce, []);
        Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Null(result.Amount);
        Assert.Contains(result.Conditions, c => c.Code == "amount-above-zero" && c.Status == ConditionStatus.NotMet);
    }

    [Fact]
    public void Three_fen_at_twenty_percent_is_one_fen_after_rounding_half_away_from_zero()
    {
        var clause = new Measure03InstrumentsReagentsSoftware();
        var result = ClauseEvaluator.Evaluate(clause, EligibleFacts(clause).With(clause.BaseKey, 0.03m), InForce, []);
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(0.01m, result.Amount!.Value);
        Assert.Equal([AmountStage.Base, AmountStage.Rate, AmountStage.Cap, AmountStage.Rounding], result.Amount.Trace.Select(s => s.Stage));
    }

    [Fact]
    public void Every_clause_in_the_catalog_has_the_fields_a_committee_relies_on()
    {
        Assert.Equal(115, PolicyCatalog.Clauses.Count);
        Assert.All(PolicyCatalog.Clauses, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Quote), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.Article), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.AcceptingDepartment), c.Id);
            Assert.NotEmpty(c.Inputs);
            Assert.NotEmpty(c.Conditions);
            Assert.NotEmpty(c.RequiredMaterials);
        });
    }

    /// <summary>Every yes/no input true and every other input a typical figure.</summary>
    private static Facts EligibleFacts(Clause clause) => new(clause.Inputs.ToDictionary(
        i => i.Key,
        i => i.Type switch
        {
            InputType.Boolean => (object)true,
            InputType.Money => 1_000_000m,
            InputType.Date => InForce,
            InputType.Choice => i.Options[0].Code,
            _ => (object)1L,
        }));
}
