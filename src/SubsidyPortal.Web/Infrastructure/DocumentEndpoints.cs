using SubsidyPortal.Application.Documents;
using SubsidyPortal.Domain.Documents;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Issued documents as PDF: /documents/{kind}/{subject}.pdf, for the enterprise itself and staff (the use case decides);
/// anyone else, an unknown subject, or one not yet at the document's stage is not found. The first download issues
/// the document; every later one returns the same bytes.
/// </summary>
internal static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/documents/{kind}/{subjectId:guid}.pdf", async (
                string kind, Guid subjectId, HttpContext context, IIssuedDocuments documents) =>
            {
                if (DocumentKinds.FromSlug(kind) is not { } documentKind
                    || await documents.IssueAsync(documentKind, subjectId, context.User.ToActor(), PageLifetime.CommandRunsToEnd) is not { } file)
                {
                    return Results.NotFound();
                }

                context.Response.Headers["X-Verification-Code"] = file.Code;
                return Results.File(file.Pdf, "application/pdf", file.FileName);
            })
            .RequireAuthorization();
}
