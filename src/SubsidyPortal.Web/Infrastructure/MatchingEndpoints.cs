using System.Globalization;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Matching;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Exports;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// A clause's 政策找企业 list as XLSX or CSV (committee staff of the clause's authority; anyone else 403, another
/// authority's clause 404): /committee/matches/{policy}/{clause}/export.{xlsx|csv}[?applied=1].
/// </summary>
internal static class MatchingEndpoints
{
    public static void MapMatchingEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/committee/matches/{policy}/{clause}/export.{format}", async (
                string policy, string clause, string format, string? applied, HttpContext context, IClauseMatches matches, IClock clock, CancellationToken cancellationToken) =>
            {
                if (!context.User.IsInRole(PortalRoles.CommitteeStaff))
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                if (!Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var exportFormat)
                    || await matches.AllAsync(context.User.ToActor(), $"{policy}/{clause}", new MatchListFilter(IncludeApplied: applied == "1"), cancellationToken) is not { } list)
                {
                    return Results.NotFound();
                }

                var stamp = clock.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                return ExportResults.File(MatchListExport.Create(list.Clause, list.Rows), exportFormat, $"政策找企业-{list.Clause.TitleZh}-{stamp}", $"matches-{clause}-{stamp}");
            })
            .RequireAuthorization();
}
