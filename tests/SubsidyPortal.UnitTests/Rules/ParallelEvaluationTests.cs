using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Rules;

/// <summary>
/// Clauses cache their lists on first use and are shared by every request: evaluating freshly built clauses
/// from many threads at once must give exactly what one thread gives.
/// </summary>
public sealed class ParallelEvaluationTests
{
    [Fact]
    public void Evaluating_fresh_clauses_in_parallel_gives_the_same_results_as_one_thread()
    {
        var inputs = PolicyCatalog.Clauses.SelectMany(c => c.Inputs).GroupBy(i => i.Key).Select(g => g.First()).ToList();
        var random = new Random(7);
        var profiles = Enumerable.Range(0, 400).Select(_ => new Facts(inputs.ToDictionary(i => i.Key, i => i.Type switch
        {
            InputType.Money => (object)Math.Round((decimal)random.NextDouble() * 50_000_000m, 2),
            InputType.Boolean => random.Next(3) != 0,
            InputType.Date => new DateOnly(2024, 1, 1).AddDays(random.Next(1500)),
            InputType.Integer => (long)random.Next(1, 4),
            InputType.Choice => i.Options[random.Next(i.Options.Count)].Code,
            _ => (long)random.Next(0, 300),
        }))).ToArray();
        var day = new DateOnly(2025, 6, 1);

        string Signature(Clause clause, Facts facts)
        {
            var e = ClauseEvaluator.Evaluate(clause, facts, day, []);
            return $"{e.Outcome}|{e.Amount?.Value}|{string.Join(",", e.Conditions.Select(c => c.Code + c.Status))}";
        }

        var expected = profiles.SelectMany(p => PolicyCatalog.Clauses.Select(c => Signature(c, p))).ToList();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            // New instances each time, so their first-use caches are filled by racing threads.
            var fresh = PolicyCatalog.Clauses.Select(c => (Clause)Activator.CreateInstance(c.GetType())!).ToList();
            var actual = new string[profiles.Length * fresh.Count];
            Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
                actual[i] = Signature(fresh[i % fresh.Count], profiles[i / fresh.Count]));
            Assert.Equal(expected, actual);
        }
    }
}
