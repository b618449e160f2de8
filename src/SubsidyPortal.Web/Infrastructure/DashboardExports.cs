using System.Globalization;
using Microsoft.Extensions.Localization;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Dashboards;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Exports;
using SubsidyPortal.Infrastructure.Money;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Each dashboard table as XLSX or CSV, with the page's filters: /dashboard/export/{money|states|budget|throughput}.{xlsx|csv}.
/// Headers follow the reader's language like the page; amounts stay exact (万元 to six decimals, 合计 summed in decimal).
/// </summary>
internal static class DashboardExports
{
    public static void MapDashboardExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dashboard/export/{section}.{format}", async (
                string section, string format, string? policy, string? call, string? clause, string? town, string? year, string? by,
                DashboardQueries queries, IClock clock, IStringLocalizer<MoneyResource> m, IStringLocalizer<WorkflowResource> w, CancellationToken cancellationToken) =>
            {
                if (!Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var exportFormat) || !Sections.Contains(section))
                {
                    return Results.NotFound();
                }

                var dimension = Enum.TryParse<DashboardDimension>(by, ignoreCase: true, out var d) ? d : DashboardDimension.Policy;
                // Filters are read leniently, as on the page: a malformed one is ignored, never a bare 400.
                var filter = new DashboardFilter(
                    string.IsNullOrWhiteSpace(policy) ? null : policy, Guid.TryParse(call, out var c) ? c : null,
                    string.IsNullOrWhiteSpace(clause) ? null : clause, Guid.TryParse(town, out var t) ? t : null,
                    int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null);
                // Only the exported section is read: a budget sheet does not sum every tranche or the audit trail.
                var table = section switch
                {
                    "money" => new ExportTable(
                        $"{m["Dashboard.Money"]}（{m[$"Dashboard.By.{dimension}"]}）",
                        [
                            new ExportColumn(m[$"Dashboard.By.{dimension}"], ExportColumnKind.Text, 40),
                            new ExportColumn(m["Dashboard.Awards"], ExportColumnKind.Integer),
                            new ExportColumn(m["Dashboard.Approved"], ExportColumnKind.MoneyWan),
                            new ExportColumn(m["Dashboard.Paid"], ExportColumnKind.MoneyWan),
                            new ExportColumn(m["Dashboard.Outstanding"], ExportColumnKind.MoneyWan),
                            new ExportColumn(m["Dashboard.Stopped"], ExportColumnKind.MoneyWan),
                            new ExportColumn(m["Dashboard.ClawbackDue"], ExportColumnKind.MoneyWan),
                            new ExportColumn(m["Dashboard.Recovered"], ExportColumnKind.MoneyWan),
                        ],
                        (await queries.MoneyAsync(filter, dimension, cancellationToken)).Select(r => new ExportCell[] { r.Label, r.Awards, r.Approved, r.Paid, r.Outstanding, r.Stopped, r.ClawbackDue, r.Recovered }))
                    { UnitLine = m["Dashboard.InWan"], TotalLabel = m["Dashboard.Total"] },
                    "states" => new ExportTable(
                        m["Dashboard.States"],
                        [new ExportColumn(w["Application.Status"], ExportColumnKind.Text, 20), new ExportColumn(m["Dashboard.Applications"], ExportColumnKind.Integer)],
                        (await queries.StatesAsync(filter, cancellationToken)).Select(s => new ExportCell[] { w[$"Status.{s.Status}"].Value, s.Count }))
                    { TotalLabel = null },
                    "budget" => new ExportTable(
                        m["Dashboard.Budget"],
                        [
                            new ExportColumn(m["Dashboard.Call"], ExportColumnKind.Text, 40),
                            new ExportColumn(m["Dashboard.BudgetAmount"], ExportColumnKind.MoneyWan),
                            new ExportColumn(m["Dashboard.Approved"], ExportColumnKind.MoneyWan),
                            new ExportColumn(m["Dashboard.Pending"], ExportColumnKind.MoneyWan),
                            new ExportColumn(m["Dashboard.Remaining"], ExportColumnKind.MoneyWan),
                            new ExportColumn(m["Dashboard.Use"] + " (%)", ExportColumnKind.Text),
                        ],
                        (await queries.BudgetsAsync(filter, cancellationToken)).Select(b => new ExportCell[]
                        {
                            b.Call, b.Budget, b.Approved, b.Pending, b.Remaining, b.UsePercent?.ToString("0.0", CultureInfo.InvariantCulture),
                        }))
                    { UnitLine = m["Dashboard.InWan"], TotalLabel = m["Dashboard.Total"] },
                    _ => new ExportTable(
                        m["Dashboard.Throughput"],
                        [
                            new ExportColumn(m["Dashboard.Month"], ExportColumnKind.Text),
                            new ExportColumn(m["Dashboard.Submitted"], ExportColumnKind.Integer),
                            new ExportColumn(m["Dashboard.PreliminaryDecisions"], ExportColumnKind.Integer),
                            new ExportColumn(m["Dashboard.ApprovedCount"], ExportColumnKind.Integer),
                            new ExportColumn(m["Dashboard.DaysToApproval"], ExportColumnKind.Text),
                        ],
                        (await queries.ThroughputAsync(filter, clock.Today, cancellationToken)).Select(t => new ExportCell[]
                        {
                            t.Month, t.Submitted, t.PreliminaryDecisions, t.Approved, t.AverageDaysToApproval?.ToString("0.0", CultureInfo.InvariantCulture),
                        }))
                    { TotalLabel = null },
                };
                var stamp = clock.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                return ExportResults.File(table, exportFormat, $"{table.Title}-{stamp}", $"dashboard-{section}-{stamp}");
            })
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.CommitteeStaff, PortalRoles.FinanceStaff));
    }

    private static readonly HashSet<string> Sections = ["money", "states", "budget", "throughput"];
}
