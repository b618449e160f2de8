using System.Text.Json;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Files and a JSON view of applications, for integrators and the browser alike. Both go through
/// <see cref="ApplicationQueries"/>, so an application someone may not see is answered exactly like a missing one.
/// </summary>
internal static class WorkflowEndpoints
{
    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/applications/{applicationId:guid}/materials/{materialId:guid}",
                async (Guid applicationId, Guid materialId, HttpContext context, ApplicationQueries queries, IFileStore files, CancellationToken cancellationToken) =>
                {
                    var application = await queries.FindAsync(applicationId, context.User.ToActor(), cancellationToken);
                    var material = application?.Materials.SingleOrDefault(m => m.Id == materialId);
                    if (material is null || await files.OpenAsync(material.FileId, cancellationToken) is not { } file)
                    {
                        return Results.NotFound();
                    }

                    // The content type is the one detected at upload; the display name is only a download hint.
                    return Results.File(file.Content, material.ContentType, material.DisplayName);
                })
            .RequireAuthorization();

        endpoints.MapGet("/api/applications/{applicationId:guid}",
                async (Guid applicationId, HttpContext context, ApplicationQueries queries, CancellationToken cancellationToken) =>
                {
                    var application = await queries.FindAsync(applicationId, context.User.ToActor(), cancellationToken);
                    if (application is null)
                    {
                        return Results.NotFound();
                    }

                    var timeline = await queries.TimelineAsync(applicationId, cancellationToken);
                    return Results.Json(new
                    {
                        application.Id,
                        application.ReferenceNumber,
                        application.ProjectName,
                        application.ClauseId,
                        ClauseTitle = PolicyCatalog.Find(application.ClauseId)?.TitleZh,
                        Status = application.Status.ToString(),
                        EvaluatedAmount = application.EvaluatedAmount?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                        ApprovedAmount = application.ApprovedAmount?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                        Timeline = timeline.Select(e => new { e.Sequence, e.Action, From = e.From?.ToString(), To = e.To.ToString(), e.At, e.ActorRole, e.Reason }),
                    }, JsonOptions);
                })
            .RequireAuthorization();
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
