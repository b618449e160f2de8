using System.Globalization;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Exports;
using SubsidyPortal.Infrastructure.Money;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Finance's downloads: a batch's bank payment file and allocation list (FinanceStaff; only once approved, each export
/// recorded on the batch's money trail), and the allocation list of awards (CommitteeStaff and FinanceStaff). Rows
/// stream from the database into the writer; another role gets 403.
/// </summary>
internal static class FinanceEndpoints
{
    public static void MapFinanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/finance/batches/{batchId:guid}/bank-file.{format}",
                (Guid batchId, string format, HttpContext context, DisbursementService disbursements, CancellationToken cancellationToken) =>
                    BatchExportAsync(batchId, format, "bank-file", context, disbursements, cancellationToken))
            .RequireAuthorization();

        endpoints.MapGet("/finance/batches/{batchId:guid}/allocation-list.{format}",
                (Guid batchId, string format, HttpContext context, DisbursementService disbursements, CancellationToken cancellationToken) =>
                    BatchExportAsync(batchId, format, "allocation-list", context, disbursements, cancellationToken))
            .RequireAuthorization();

        endpoints.MapGet("/awards/allocation-list.{format}",
                (string format, string? policy, string? call, string? year, HttpContext context, DisbursementService disbursements) =>
                {
                    if (!context.User.IsInRole(PortalRoles.CommitteeStaff) && !context.User.IsInRole(PortalRoles.FinanceStaff))
                    {
                        return Results.StatusCode(StatusCodes.Status403Forbidden);
                    }

                    if (Parse(format) is not { } kind)
                    {
                        return Results.NotFound();
                    }

                    var policyId = PolicyCatalog.Policies.Any(p => p.Id == policy) ? policy : null;
                    var callId = Guid.TryParse(call, out var parsedCall) ? parsedCall : (Guid?)null;
                    var awardYear = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedYear) ? parsedYear : (int?)null;
                    var title = string.Join(" ", new[] { awardYear?.ToString(CultureInfo.InvariantCulture), policyId is null ? null : PolicyCatalog.Policies.Single(p => p.Id == policyId).DocumentNumber, "资金分配结果" }.Where(t => t is not null));
                    var table = AllocationListExport.Create(title, disbursements.AwardAllocationAsync(policyId, callId, awardYear));
                    return ExportResults.File(table, kind, "资金分配结果", "allocation-list");
                })
            .RequireAuthorization();
    }

    private static async Task<IResult> BatchExportAsync(
        Guid batchId, string format, string kind, HttpContext context, DisbursementService disbursements, CancellationToken cancellationToken)
    {
        if (!context.User.IsInRole(PortalRoles.FinanceStaff))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Parse(format) is not { } exportFormat || await disbursements.FindBatchAsync(batchId, cancellationToken) is null)
        {
            return Results.NotFound();
        }

        var (batch, recorded) = await disbursements.RecordExportAsync(batchId, $"{kind}.{format}", context.User.ToActor(), cancellationToken);
        if (batch is null)
        {
            // A draft has not been checked: it never goes to the bank.
            return Results.Text(string.Join(" ", recorded.Errors.Select(e => e.Message)), "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
        }

        return kind == "bank-file"
            ? ExportResults.File(
                BankPaymentExport.Create($"{batch.BatchNumber} 拨付清单", disbursements.BankLinesAsync(batch.Id, batch.BatchNumber)),
                exportFormat, $"拨付清单-{batch.BatchNumber}", $"bank-file-{batch.BatchNumber}")
            : ExportResults.File(
                AllocationListExport.Create($"{batch.BatchNumber} 资金分配结果", disbursements.BatchAllocationAsync(batch.Id)),
                exportFormat, $"资金分配结果-{batch.BatchNumber}", $"allocation-list-{batch.BatchNumber}");
    }

    private static ExportFormat? Parse(string format) => format switch
    {
        "xlsx" => ExportFormat.Xlsx,
        "csv" => ExportFormat.Csv,
        _ => null,
    };
}
