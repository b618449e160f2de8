using System.Globalization;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Prospects;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Exports;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// A clause's 政策找企业 list as XLSX or CSV (committee staff of the clause's authority; anyone else 403, another
/// authority's clause 404): /committee/prospects/{policy}/{clause}/export.{xlsx|csv}[?applied=1].
/// </summary>
internal static class ProspectEndpoints
{
    public static void MapProspectEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/committee/prospects/{policy}/{clause}/export.{format}", async (
                string policy, string clause, string format, string? applied, HttpContext context, IClauseProspects matches, IClock clock, CancellationToken cancellationToken) =>
            {
                if (!context.User.IsInRole(PortalRoles.CommitteeStaff))
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                if (!Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var exportFormat)
                    || await matches.AllAsync(context.User.ToActor(), $"{policy}/{clause}", new ProspectFilter(IncludeApplied: applied == "1"), cancellationToken) is not { } list)
                {
                    return Results.NotFound();
                }

                var stamp = clock.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                return ExportResults.File(ProspectListExport.Create(list.Clause, list.Rows), exportFormat, $"政策找企业-{list.Clause.TitleZh}-{stamp}", $"matches-{clause}-{stamp}");
            })
            .RequireAuthorization();
}
