using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.IntegrationTests.Api;

/// <summary>
/// Issue 12: the evaluation reader's bounds are what keeps every clause's arithmetic in range. Every clause's
/// conditions and amount are computed with each input at the smallest and largest value the reader lets through,
/// alone and all together, and none may throw; should one ever do, the answer is a 400 naming the figures.
/// </summary>
public sealed class ClauseArithmeticAtTheBoundsTests
{
    private const decimal TopYuan = EvaluationRequestReader.MaxYuan - 0.01m;

    [Fact]
    public void Every_clause_computes_at_the_readers_bounds_without_throwing()
    {
        var failures = new List<string>();
        var days = new[] { EvaluationRequestReader.MinDate, new DateOnly(2025, 6, 1), EvaluationRequestReader.MaxDate };
        var computed = 0;
        foreach (var clause in PolicyCatalog.Clauses)
        {
            var awards = new List<PriorAward>
            {
                new(clause.Id, clause.ExclusivityGroup, TopYuan, EvaluationRequestReader.MaxDate, "m"),
                new("other", clause.ExclusivityGroup, 0.01m, EvaluationRequestReader.MinDate),
            };
            foreach (var facts in AtTheBounds(clause.Inputs))
            {
                Try(clause, "conditions", () => clause.Conditions.ToList().ForEach(c => c.Evaluate(facts)), failures);
                Try(clause, "amount", () => clause.Amount(facts), failures);
                foreach (var day in days)
                {
                    Try(clause, $"evaluation on {day}", () => ClauseEvaluator.Evaluate(clause, facts, day, awards), failures);
                }

                computed++;
            }
        }

        Assert.Empty(failures);
        Assert.True(computed > PolicyCatalog.Clauses.Count * 4, $"{computed} sets of facts");
    }

    [Fact]
    public void A_clause_that_fails_on_its_figures_is_answered_as_a_problem_naming_them()
    {
        var facts = new Facts(new Dictionary<string, object> { ["a"] = 1m, ["b"] = 2L, ["c"] = true });
        var request = new EvaluationRequestReader.Request([new Overflowing()], facts, new DateOnly(2025, 6, 1), []);

        var outcome = RequestEvaluation.Run(request);

        Assert.Null(outcome.Evaluations);
        Assert.Equal(["test/overflowing"], outcome.FailedClauses);
        Assert.Equal(["facts.a", "facts.b"], outcome.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("超出范围", outcome.Errors["facts.a"][0], StringComparison.Ordinal);
    }

    /// <summary>
    /// Sets of facts at the bounds: everything at its least, everything at its most, and each input alone at one end
    /// with the rest at the other (yes/no answers all "yes", so conditions pass and amounts are reached).
    /// </summary>
    private static IEnumerable<Facts> AtTheBounds(IReadOnlyList<FactDefinition> inputs)
    {
        Facts With(Func<FactDefinition, bool> high) =>
            new(inputs.GroupBy(i => i.Key).Select(g => g.First()).ToDictionary(i => i.Key, i => Value(i, high(i))));

        yield return With(_ => false);
        yield return With(_ => true);
        foreach (var input in inputs)
        {
            yield return With(i => i == input);
            yield return With(i => i != input);
        }
    }

    private static object Value(FactDefinition input, bool high) => input.Type switch
    {
        InputType.Money => high ? TopYuan : 0m,
        InputType.Count => high ? EvaluationRequestReader.MaxWholeNumber : 0L,
        InputType.Integer => high ? EvaluationRequestReader.MaxWholeNumber : -EvaluationRequestReader.MaxWholeNumber,
        InputType.Boolean => true,
        InputType.Choice => high ? input.Options[^1].Code : input.Options[0].Code,
        _ => high ? EvaluationRequestReader.MaxDate : EvaluationRequestReader.MinDate,
    };

    private static void Try(Clause clause, string what, Action compute, List<string> failures)
    {
        try
        {
            compute();
        }
        catch (Exception e)
        {
            failures.Add($"{clause.Id} {what}: {e.GetType().Name} {e.Message}");
        }
    }

    private sealed class Overflowing : Clause
    {
        public override string Id => "test/overflowing";

        public override PolicyDocument Policy => PolicyCatalog.Policies[0];

        public override string Article => "第 0 条";

        public override string TitleZh => "测试";

        public override string Quote => "测试";

        public override string AcceptingDepartment => "测试";

        public override IReadOnlyList<FactDefinition> Inputs =>
            [FactDefinition.Money("a", "甲", "A"), FactDefinition.Count("b", "个", "乙", "B"), FactDefinition.Flag("c", "丙", "C")];

        public override AmountResult? Amount(Facts facts) =>
            AmountCalculation.FixedAward(decimal.MaxValue + facts.Money("a")!.Value, Citation);
    }
}
