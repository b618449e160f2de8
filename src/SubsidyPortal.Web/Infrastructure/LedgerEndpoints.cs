using System.Globalization;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Ledger;
using SubsidyPortal.Infrastructure.Exports;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>资助台账 exported: committee staff for any enterprise, an applicant for its own (the use case decides).</summary>
internal static class LedgerEndpoints
{
    public static void MapLedgerEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/ledger/{enterpriseId:guid}/export.{format}", async (
                Guid enterpriseId, string format, HttpContext context, IFundingLedger ledgers, IClock clock, CancellationToken cancellationToken) =>
            {
                if (!Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var exportFormat)
                    || await ledgers.ForEnterpriseAsync(context.User.ToActor(), enterpriseId, cancellationToken) is not { } ledger)
                {
                    return Results.NotFound();
                }

                var stamp = clock.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                return ExportResults.File(FundingLedgerExport.Create(ledger), exportFormat, $"资助台账-{ledger.EnterpriseName}-{stamp}", $"ledger-{ledger.Uscc}-{stamp}");
            })
            .RequireAuthorization();
}
