using System.Diagnostics;
using System.Globalization;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

// Evaluates every clause of the catalog for N synthetic enterprise profiles (default 100,000) and prints the
// wall-clock time of the evaluation alone (profiles are generated first), best of R runs (default 5).
// Usage: dotnet run -c Release --project benchmarks/SubsidyPortal.Benchmarks [-- PROFILES RUNS]
// The export benchmark instead: ... -- export [LINES] [xlsx|csv] (see ExportBenchmark.cs); what each work page
// loads, on a scale database: ... -- pages [SECONDS] [CONCURRENCY] (see PageQueriesBenchmark.cs, scripts/bench-web.sh);
// a bare Kestrel answering a constant, the web server's ceiling: ... -- hello [URL].
if (args is ["hello", ..])
{
    await SubsidyPortal.Benchmarks.HelloServer.RunAsync(args[1..]);
    return;
}

if (args is ["pages", ..])
{
    await SubsidyPortal.Benchmarks.PageQueriesBenchmark.RunAsync(args[1..]);
    return;
}

if (args is ["export", ..])
{
    await SubsidyPortal.Benchmarks.ExportBenchmark.RunAsync(args[1..]);
    return;
}

var profiles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var clauses = PolicyCatalog.Clauses;
var referenceDate = new DateOnly(2025, 6, 1);
var inputs = clauses.SelectMany(c => c.Inputs).GroupBy(i => i.Key).Select(g => g.First()).ToList();

// Deterministic synthetic profiles: every input the catalog knows, with plausible values.
var random = new Random(20261123);
var facts = new Facts[profiles];
for (var p = 0; p < profiles; p++)
{
    var values = new Dictionary<string, object>(inputs.Count);
    foreach (var input in inputs)
    {
        values[input.Key] = input.Type switch
        {
            InputType.Money => Math.Round((decimal)random.NextDouble() * 200_000_000m, 2),
            InputType.Count => (long)random.Next(0, 500),
            InputType.Integer => (long)random.Next(2020, 2027),
            InputType.Boolean => random.Next(4) != 0,
            InputType.Date => new DateOnly(2020, 1, 1).AddDays(random.Next(0, 3650)),
            _ => throw new InvalidOperationException(input.Type.ToString()),
        };
    }

    facts[p] = new Facts(values);
}

IReadOnlyList<PriorAward> noPriorAwards = [];

// Warm-up, timed and printed but not counted (as BenchmarkDotNet does): the runtime compiles each method twice,
// first quickly and then optimised with what it saw (tiered PGO), so the first pass measures the compiler.
var warmUp = Stopwatch.StartNew();
for (var pass = 0; pass < 3; pass++)
{
    for (var p = 0; p < Math.Min(profiles, 5_000); p++)
    {
        foreach (var clause in clauses)
        {
            ClauseEvaluator.Evaluate(clause, facts[p], referenceDate, noPriorAwards);
        }
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up (3 × 5,000 profiles, single thread): {warmUp.Elapsed.TotalMilliseconds:0} ms"));
var best = TimeSpan.MaxValue;
var worst = TimeSpan.Zero;
var total = TimeSpan.Zero;
long eligible = 0;
for (var run = 0; run < runs; run++)
{
    var counts = new long[Environment.ProcessorCount];
    var stopwatch = Stopwatch.StartNew();
    Parallel.For(0, profiles, () => 0L, (p, _, local) =>
    {
        foreach (var clause in clauses)
        {
            if (ClauseEvaluator.Evaluate(clause, facts[p], referenceDate, noPriorAwards).Outcome == EvaluationOutcome.Eligible)
            {
                local++;
            }
        }

        return local;
    }, local => Interlocked.Add(ref eligible, local));
    stopwatch.Stop();
    best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
    worst = stopwatch.Elapsed > worst ? stopwatch.Elapsed : worst;
    total += stopwatch.Elapsed;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: {stopwatch.Elapsed.TotalMilliseconds:0} ms"));
}

var evaluations = (long)profiles * clauses.Count;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{profiles} profiles × {clauses.Count} clauses = {evaluations} evaluations; best {best.TotalMilliseconds:0} ms, mean {total.TotalMilliseconds / runs:0} ms, worst {worst.TotalMilliseconds:0} ms " +
    $"({evaluations / best.TotalSeconds:0} evaluations/s) on {Environment.ProcessorCount} cores; eligible results {eligible / runs} per run"));
