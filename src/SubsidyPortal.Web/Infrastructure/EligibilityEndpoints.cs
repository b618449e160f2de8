using System.Text;
using System.Text.Json;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Policies;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// The public policy API for integrators: policies, clauses with their full rule, and evaluation. Policy
/// information is public, so none of it needs a sign-in. Bad requests get 400 with field-level problem details.
/// </summary>
internal static class EligibilityEndpoints
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

        api.MapGet("/clauses", (string? policy) => Results.Json(
            PolicyCatalog.Clauses.Where(c => policy is null || c.Policy.Id == policy).Select(CatalogViews.Clause).ToList(), Json))
            .Produces<List<ClauseView>>().WithSummary("全部条款及其规则 / Every clause with its rule");

        // Clause ids contain '/', hence the catch-all.
        api.MapGet("/clauses/{**id}", (string id) => PolicyCatalog.Find(id) is { } clause
            ? Results.Json(CatalogViews.Clause(clause), Json)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该条款 / No such clause", detail: id))
            .Produces<ClauseView>().ProducesProblem(StatusCodes.Status404NotFound).WithSummary("一个条款 / One clause");

        api.MapPost("/eligibility/evaluate", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var (parsed, errors, unlisted) = EvaluationRequestReader.Read(body);
            if (parsed is null)
            {
                return Results.ValidationProblem(errors, title: "请求有误 / The request has problems",
                    extensions: unlisted > 0 ? new Dictionary<string, object?> { ["unlistedProblems"] = unlisted } : null);
            }

            var outcome = RequestEvaluation.Run(parsed);
            return outcome.Evaluations is null
                ? Results.ValidationProblem(outcome.Errors, title: "请求有误 / The request has problems")
                : Results.Json(outcome.Evaluations, Json);
        })
        .DisableAntiforgery()
        .Accepts<JsonElement>("application/json")
        .Produces<List<EvaluationView>>()
        .ProducesValidationProblem()
        .WithSummary("评估资格与金额 / Evaluate eligibility and amounts");
    }
}
