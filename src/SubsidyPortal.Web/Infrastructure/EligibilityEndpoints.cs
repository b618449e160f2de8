using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// The public policy API for integrators: policies, clauses with their full rule, and evaluation. Policy
/// information is public, so none of it needs a sign-in. Bad requests get 400 with field-level problem details, a body
/// over the limit 413; titles are in the request's language (Chinese unless culture=en).
/// </summary>
internal static partial class EligibilityEndpoints
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static void MapEligibilityApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").AllowAnonymous();

        api.MapGet("/policies", () => Results.Json(
            PolicyCatalog.Policies.Select(p => CatalogViews.Policy(p, PolicyCatalog.Clauses.Count(c => c.Policy.Id == p.Id))).ToList(), Json))
            .Produces<List<PolicyView>>().WithSummary("政策文件列表 / Policies");

        // Each clause as the version in force today reads it; every version is listed with its day.
        api.MapGet("/clauses", (string? policy, IClock clock) => Results.Json(
            PolicyCatalog.ClausesOn(clock.Today).Where(c => policy is null || c.Policy.Id == policy).Select(CatalogViews.Clause).ToList(), Json))
            .Produces<List<ClauseView>>().WithSummary("全部条款及其规则（现行版本） / Every clause with its rule (the version in force)");

        api.MapGet("/facts", (string? clause) => Results.Json(
            FactVocabulary.All.Where(f => clause is null || f.ClauseIds.Contains(clause, StringComparer.Ordinal)).Select(CatalogViews.Fact).ToList(), Json))
            .Produces<List<FactView>>().WithSummary("事实词汇表：每个事实一次定义 / The fact vocabulary: every fact, defined once");

        // Clause ids contain '/', hence the catch-all.
        api.MapGet("/clauses/{**id}", (string id, IClock clock, IStringLocalizer<ApiResource> text) => PolicyCatalog.InForce(id, clock.Today) is { } clause
            ? Results.Json(CatalogViews.Clause(clause), Json)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Api.NotFound.Clause"], detail: id))
            .Produces<ClauseView>().ProducesProblem(StatusCodes.Status404NotFound).WithSummary("一个条款 / One clause");

        api.MapPost("/eligibility/evaluate", EvaluateAsync)
        .DisableAntiforgery()
        .WithMetadata(new RateLimitedAttribute(RateLimitPolicy.Evaluate))
        .Accepts<EvaluationRequestBody>("application/json")
        .Produces<List<EvaluationView>>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .WithSummary("评估资格与金额 / Evaluate eligibility and amounts");
    }

    /// <summary>
    /// Every answer to client input is 200, 400 or 413 with a problem document in the request's language; the body is
    /// read up to <see cref="ApiRequestBody.MaxEvaluationBytes"/> and the answer lists at most
    /// <see cref="EvaluationRequestReader.MaxListedProblems"/> problems, so no request makes a large answer.
    /// </summary>
    private static async Task<IResult> EvaluateAsync(HttpContext context, IStringLocalizer<ApiResource> text, ILoggerFactory loggers)
    {
        var body = await ApiRequestBody.ReadAsync(context.Request, ApiRequestBody.MaxEvaluationBytes);
        switch (body.Outcome)
        {
            case ApiRequestBody.Outcome.TooLarge:
                return Results.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: text["Api.TooLarge.Title"],
                    detail: string.Format(CultureInfo.InvariantCulture, text["Api.TooLarge.Detail"], ApiRequestBody.MaxEvaluationBytes, ApiRequestBody.MaxEvaluationBytes / (1024 * 1024)),
                    extensions: new Dictionary<string, object?> { ["limitBytes"] = ApiRequestBody.MaxEvaluationBytes });
            case ApiRequestBody.Outcome.Unreadable:
                return Unreadable(text, text["Api.Unreadable.Cut"], "请求内容没有完整送达 / The body did not arrive whole.");
        }

        // A byte order mark is not JSON, but a text editor may write one.
        var json = body.Content;
        if (json.Span.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..];
        }

        if (!Utf8.IsValid(json.Span))
        {
            return Unreadable(text, text["Api.Unreadable.Json"], "请求内容不是有效的 UTF-8 文本 / The body is not valid UTF-8 text.");
        }

        EvaluationRequestReader.Result read;
        try
        {
            // Read token by token: a body of a million unknown ids builds no document and no million problems.
            read = EvaluationRequestReader.Read(json.Span);
        }
        catch (JsonException e)
        {
            // Also nesting deeper than the reader's 64 levels.
            return Unreadable(text, text["Api.Unreadable.Json"], EvaluationRequestReader.NotJson(e));
        }

        if (read.Request is null)
        {
            return Problems(text, read.Errors, read.Unlisted);
        }

        var outcome = RequestEvaluation.Run(read.Request);
        if (outcome.Evaluations is null)
        {
            // The reader's bounds are meant to make this impossible: a clause to fix, though the client gets a 400.
            LogArithmeticFailed(loggers.CreateLogger(typeof(EligibilityEndpoints).FullName!), string.Join(", ", outcome.FailedClauses));
            return Problems(text, outcome.Errors, outcome.Unlisted);
        }

        return Results.Json(outcome.Evaluations, Json);
    }

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static IResult Problems(IStringLocalizer<ApiResource> text, IReadOnlyDictionary<string, string[]> errors, int unlisted) =>
        Results.ValidationProblem(
            errors,
            title: text["Api.BadRequest.Title"],
            detail: unlisted > 0 ? string.Format(CultureInfo.InvariantCulture, text["Api.MoreProblems"], unlisted, EvaluationRequestReader.MaxListedProblems) : null,
            extensions: unlisted > 0 ? new Dictionary<string, object?> { ["unlistedProblems"] = unlisted } : null);

    private static IResult Unreadable(IStringLocalizer<ApiResource> text, string detail, string problem) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { ["body"] = [problem] },
            title: text["Api.Unreadable.Title"],
            detail: detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evaluation arithmetic failed on bounded input for {ClauseIds}; answered 400")]
    private static partial void LogArithmeticFailed(ILogger logger, string clauseIds);
}
