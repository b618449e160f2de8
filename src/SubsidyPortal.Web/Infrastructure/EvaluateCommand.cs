using System.Text.Json;
using SubsidyPortal.Application.Eligibility;

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

        var (request, errors, unlisted) = EvaluationRequestReader.Read(json);
        if (request is null)
        {
            await Console.Error.WriteLineAsync(JsonSerializer.Serialize(new { errors, unlistedProblems = unlisted }, EligibilityEndpoints.Json));
            return 2;
        }

        var outcome = RequestEvaluation.Run(request);
        if (outcome.Evaluations is null)
        {
            await Console.Error.WriteLineAsync(JsonSerializer.Serialize(new { errors = outcome.Errors, unlistedProblems = outcome.Unlisted }, EligibilityEndpoints.Json));
            return 2;
        }

        Console.WriteLine(JsonSerializer.Serialize(outcome.Evaluations, EligibilityEndpoints.Json));
        return 0;
    }
}
