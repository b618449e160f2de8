using System.Text.Json;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// <c>evaluate FILE.json</c>: the API's evaluation from the command line, same request shape, same answer.
/// Needs no database. Exit 0 with the evaluations on stdout, or 2 with the field problems on stderr.
/// </summary>
internal static class EvaluateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync("Usage: evaluate FILE.json   (see README.md for the request shape)");
            return 2;
        }

        string json;
        try
        {
            json = await File.ReadAllTextAsync(args[1]);
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"无法读取文件 / Cannot read {args[1]}: {e.Message}");
            return 2;
        }

        var (request, errors) = EvaluationRequestReader.Read(json);
        if (request is null)
        {
            await Console.Error.WriteLineAsync(JsonSerializer.Serialize(new { errors }, EligibilityEndpoints.Json));
            return 2;
        }

        var evaluations = request.Clauses
            .Select(c => CatalogViews.Evaluation(ClauseEvaluator.Evaluate(c, request.Facts, request.ReferenceDate, request.PriorAwards)))
            .ToList();
        Console.WriteLine(JsonSerializer.Serialize(evaluations, EligibilityEndpoints.Json));
        return 0;
    }
}
