using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Eligibility;

/// <summary>
/// Evaluates a read request clause by clause, for the API and the command line alike. The reader's bounds keep every
/// clause's arithmetic in range (a test evaluates each clause at them); should a clause still fail on the figures
/// given, that is answered as a problem naming those figures, never as a crash.
/// </summary>
public static class RequestEvaluation
{
    /// <summary>The evaluations, or the problems (at most <see cref="EvaluationRequestReader.MaxListedProblems"/>
    /// listed) and the clauses whose arithmetic failed.</summary>
    public sealed record Outcome(
        IReadOnlyList<EvaluationView>? Evaluations, IReadOnlyDictionary<string, string[]> Errors, int Unlisted, IReadOnlyList<string> FailedClauses);

    public static Outcome Run(EvaluationRequestReader.Request request)
    {
        var evaluations = new List<EvaluationView>(request.Clauses.Count);
        var errors = new Dictionary<string, string[]>();
        var failed = new List<string>();
        var unlisted = 0;
        foreach (var clause in request.Clauses)
        {
            try
            {
                evaluations.Add(CatalogViews.Evaluation(ClauseEvaluator.Evaluate(PolicyCatalog.InForce(clause.Id, request.ReferenceDate) ?? clause, request.Facts, request.ReferenceDate, request.PriorAwards)) with
                {
                    Warnings = request.Warnings,
                });
            }
            catch (Exception e) when (e is ArithmeticException or ArgumentOutOfRangeException)
            {
                // Overflow, division by zero, or a date moved off the calendar.
                failed.Add(clause.Id);
                var message = $"与其他数值一起计算条款 {clause.Id} 时超出范围 / Out of range when computing clause {clause.Id} with the other figures.";
                var fields = clause.Inputs
                    .Where(i => i.Type != InputType.Boolean && request.Facts.Has(i.Key))
                    .Select(i => $"facts.{i.Key}")
                    .DefaultIfEmpty("facts");
                foreach (var field in fields)
                {
                    if (errors.ContainsKey(field) || errors.Count < EvaluationRequestReader.MaxListedProblems)
                    {
                        errors[field] = [message];
                    }
                    else
                    {
                        unlisted++;
                    }
                }
            }
        }

        return failed.Count == 0
            ? new Outcome(evaluations, errors, 0, failed)
            : new Outcome(null, errors, unlisted, failed);
    }
}
