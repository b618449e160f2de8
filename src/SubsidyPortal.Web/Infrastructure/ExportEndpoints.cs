using SubsidyPortal.Infrastructure.Exports;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>Downloads of the portal's lists as XLSX or CSV (see Infrastructure/Exports). Each states who may use it.</summary>
internal static class ExportEndpoints
{
    public static void MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The public notice's list, anonymous like the notice page itself: the entries still on the notice, in the page's order.
        endpoints.MapGet("/notices/{id:guid}/export.xlsx", (Guid id, NoticeService notices, CancellationToken cancellationToken) =>
                NoticeListAsync(id, ExportFormat.Xlsx, notices, cancellationToken))
            .AllowAnonymous();
        endpoints.MapGet("/notices/{id:guid}/export.csv", (Guid id, NoticeService notices, CancellationToken cancellationToken) =>
                NoticeListAsync(id, ExportFormat.Csv, notices, cancellationToken))
            .AllowAnonymous();
    }

    private static async Task<IResult> NoticeListAsync(Guid id, ExportFormat format, NoticeService notices, CancellationToken cancellationToken)
    {
        var notice = await notices.FindAsync(id, cancellationToken);
        if (notice is null)
        {
            return Results.NotFound();
        }

        var entries = await notices.EntriesAsync(id, cancellationToken);
        var asciiName = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"notice-{notice.PublishedOn:yyyyMMdd}-{notice.Id.ToString("N")[..8]}");
        return ExportResults.File(NoticeListExport.Create(notice, entries), format, notice.TitleZh, asciiName);
    }
}
