using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Dashboards;
using SubsidyPortal.Application.Formatting;
using PortalMoney = SubsidyPortal.Domain.Common.Money;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>统计看板: its figures are the live tables' own sums, drawn as SVG with the same numbers in tables.</summary>
public sealed class DashboardTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    // The one money format (docs/money-format.md): 万元 to at most six decimals, as the page shows it in Chinese.
    private static string Wan(decimal yuan) => MoneyText.WanNumber(yuan) + " 万元";

    // A label may wrap at a space; compare the words.
    private static string NoSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task Totals_equal_the_sums_of_awards_tranches_and_claw_backs()
    {
        var (approved, paid, outstanding, clawbackOutstanding) = await Demo.WithDbAsync(fixture.Factory, async db =>
        {
            var tranches = await db.AwardTranches.AsNoTracking().ToListAsync();
            var clawbacks = await db.Clawbacks.AsNoTracking().ToListAsync();
            return (await db.Awards.SumAsync(a => a.Amount), tranches.Where(t => t.Status == TrancheStatus.Paid).Sum(t => t.Amount),
                tranches.Where(t => t.IsUnpaid).Sum(t => t.Amount), clawbacks.Sum(c => c.Outstanding));
        });
        Assert.True(paid > 0 && outstanding > 0 && clawbackOutstanding > 0, "the demo data has paid, outstanding and clawed-back money");

        using var finance = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);
        var page = await finance.GetPageAsync("/dashboard");

        Assert.Equal(Wan(approved), page.QuerySelector("[data-testid=total-approved]")!.TextContent.Trim());
        Assert.Equal(Wan(paid), page.QuerySelector("[data-testid=total-paid]")!.TextContent.Trim());
        Assert.Equal(Wan(outstanding), page.QuerySelector("[data-testid=total-outstanding]")!.TextContent.Trim());
        Assert.Equal(Wan(clawbackOutstanding), page.QuerySelector("[data-testid=total-clawback]")!.TextContent.Trim());
        foreach (var chart in new[] { "money-chart", "states-chart", "budget-chart", "throughput-chart" })
        {
            var svg = page.QuerySelector($"[data-testid={chart}] svg");
            Assert.NotNull(svg);
            Assert.Equal("img", svg!.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent), $"{chart} has a title");
        }

        Assert.Empty(page.QuerySelectorAll("script[src*=chart]"));

        // Labels are whole (wrapped, never cut) and distinct, one per row of the table beside the chart.
        var labels = page.QuerySelectorAll("[data-testid=money-chart] svg text[data-chart=chart-label]")
            .Select(l => NoSpaces(string.Concat(l.QuerySelectorAll("tspan").Select(s => s.TextContent)))).ToList();
        var rows = page.QuerySelectorAll("[data-testid=money-table] tbody th").Select(th => NoSpaces(th.TextContent)).ToList();
        Assert.Equal(rows, labels);
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.DoesNotContain(labels, l => l.EndsWith('…'));
    }

    [Fact]
    public async Task Every_breakdown_is_summed_in_the_database_to_the_same_totals_and_only_staff_read_it()
    {
        var dashboard = fixture.Factory.Services.GetRequiredService<IDashboard>();
        var finance = await Demo.ActorAsync(fixture.Factory, MoneyData.Finance);
        var (approved, paid, outstanding, stopped, awards) = await Demo.WithDbAsync(fixture.Factory, async db =>
        {
            var tranches = await db.AwardTranches.AsNoTracking().ToListAsync();
            return (await db.Awards.SumAsync(a => a.Amount), tranches.Where(t => t.Status == TrancheStatus.Paid).Sum(t => t.Amount),
                tranches.Where(t => t.IsUnpaid).Sum(t => t.Amount), tranches.Where(t => t.Status == TrancheStatus.Stopped).Sum(t => t.Amount), await db.Awards.CountAsync());
        });

        foreach (var dimension in Enum.GetValues<DashboardDimension>())
        {
            var figures = (await dashboard.LoadAsync(new DashboardFilter(), dimension, finance, CancellationToken.None))!;
            Assert.Equal((awards, approved, paid, outstanding, stopped), (figures.Total.Awards, figures.Total.Approved, figures.Total.Paid, figures.Total.Outstanding, figures.Total.Stopped));
            Assert.Equal(figures.Money.Count, figures.Money.Select(r => r.Key).Distinct().Count());
            Assert.DoesNotContain(figures.Money, r => string.IsNullOrWhiteSpace(r.Label));
        }

        var options = await dashboard.OptionsAsync(finance, CancellationToken.None);
        Assert.NotEmpty(options.Calls);
        Assert.NotEmpty(options.Years);
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        Assert.Null(await dashboard.LoadAsync(new DashboardFilter(), DashboardDimension.Policy, applicant, CancellationToken.None));
        Assert.Empty((await dashboard.OptionsAsync(applicant, CancellationToken.None)).Calls);
    }

    [Fact]
    public async Task Filtering_by_policy_and_breaking_down_by_clause_narrows_every_figure()
    {
        var jinshanApproved = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.Where(a => a.PolicyId == JinshanPolicy.Id).SumAsync(a => a.Amount));
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);

        var page = await staff.GetPageAsync($"/dashboard?policy={JinshanPolicy.Id}&by=Clause");

        Assert.Equal(Wan(jinshanApproved), page.QuerySelector("[data-testid=total-approved]")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("[data-testid=money-table] tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains(new Chapter5Topic3CityLittleGiant().TitleZh, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("policy=jinshan", page.QuerySelector("[data-testid=export-money] a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Application_counts_by_state_match_the_applications_table()
    {
        var submitted = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.CountAsync(a => a.Status == ApplicationStatus.Approved));
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);

        var page = await staff.GetPageAsync("/dashboard");

        var approvedRow = page.QuerySelectorAll("[data-testid=states-table] tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "已立项");
        Assert.Equal(submitted.ToString(CultureInfo.InvariantCulture), approvedRow.QuerySelector("td")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_money_table_exports_as_xlsx_whose_total_equals_the_awards_sum_and_as_csv_with_a_bom()
    {
        var approved = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.SumAsync(a => a.Amount));
        using var finance = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);

        var xlsx = await finance.Http.GetAsync("/dashboard/export/money.xlsx?by=Year");
        Assert.Equal(System.Net.HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("filename*=UTF-8''", xlsx.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        await using (var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var rows = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
            var total = rows.Last().Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
            Assert.Equal("合计", total[0].InnerText);
            var approvedCell = total.Single(c => c.CellReference!.Value!.StartsWith('C'));
            Assert.Equal(PortalMoney.ToWan(approved), decimal.Parse(approvedCell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        var csv = await finance.Http.GetAsync("/dashboard/export/states.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("已立项", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);

        using var applicant = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var refused = await applicant.Http.GetAsync("/dashboard/export/money.csv");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task A_malformed_filter_in_a_link_is_ignored_rather_than_failing_the_page_or_the_export()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);

        var page = await staff.Http.GetAsync("/dashboard?call=not-a-guid&town=x&year=abc");
        var export = await staff.Http.GetAsync("/dashboard/export/money.csv?call=not-a-guid&town=x&year=abc");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task Throughput_counts_each_shanghai_month_from_the_audit_trail()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var figures = (await fixture.Factory.Services.GetRequiredService<IDashboard>().LoadAsync(new DashboardFilter(), DashboardDimension.Policy, staff, CancellationToken.None))!;

        // The same figures counted here from every audit line, month by month in Shanghai time.
        var shanghai = TimeSpan.FromHours(8);
        var events = await Demo.WithDbAsync(fixture.Factory, db => db.ApplicationEvents.AsNoTracking()
            .Where(e => db.Applications.Any(a => a.Id == e.ApplicationId && a.Status != ApplicationStatus.Draft)).ToListAsync());
        string[] decisions = [nameof(ApplicationAction.PassPreliminaryReview), nameof(ApplicationAction.ReturnForCorrection), nameof(ApplicationAction.Reject)];
        string Month(DateTimeOffset at) => at.ToOffset(shanghai).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Assert.Equal(12, figures.Throughput.Count);
        Assert.Contains(figures.Throughput, r => r.Submitted > 0);
        foreach (var row in figures.Throughput)
        {
            var inMonth = events.Where(e => Month(e.At) == row.Month).ToList();
            Assert.Equal(inMonth.Count(e => e.Action == nameof(ApplicationAction.Submit)), row.Submitted);
            Assert.Equal(inMonth.Count(e => decisions.Contains(e.Action)), row.PreliminaryDecisions);
            var approvals = inMonth.Where(e => e.Action == nameof(ApplicationAction.Approve)).ToList();
            Assert.Equal(approvals.Count, row.Approved);
            var days = approvals.Select(a => (decimal)(a.At - events.Where(s => s.ApplicationId == a.ApplicationId && s.Action == nameof(ApplicationAction.Submit)).Min(s => s.At)).TotalDays).ToList();
            Assert.Equal(days.Count == 0 ? null : Math.Round(days.Average(), 1, MidpointRounding.AwayFromZero), row.AverageDaysToApproval);
        }
    }

    [Fact]
    public async Task One_filters_figures_are_shared_for_the_configured_while_and_say_when_they_were_read()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<SubsidyPortal.Infrastructure.Money.DashboardQueries>();
        IDashboard Reader(string seconds, Microsoft.Extensions.Caching.Memory.IMemoryCache cache) =>
            new SubsidyPortal.Infrastructure.Money.DashboardReader(queries, fixture.Factory.Clock, cache,
                new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Dashboard:CacheSeconds"] = seconds }).Build(),
                scope.ServiceProvider.GetRequiredService<SubsidyPortal.Application.Common.VisibleAuthorities>());

        using var cache = new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions());
        var shared = Reader("60", cache);
        var before = fixture.Factory.Clock.Now;
        var first = await shared.LoadAsync(new DashboardFilter(), DashboardDimension.Policy, staff, CancellationToken.None);
        var again = await shared.LoadAsync(new DashboardFilter(), DashboardDimension.Policy, staff, CancellationToken.None);
        Assert.Same(first, again);
        Assert.InRange(first!.ReadAt, before, fixture.Factory.Clock.Now);
        // Another filter is its own reading; with sharing off every call reads.
        Assert.NotSame(first, await shared.LoadAsync(new DashboardFilter(), DashboardDimension.Year, staff, CancellationToken.None));
        var unshared = Reader("0", cache);
        Assert.NotSame(await unshared.LoadAsync(new DashboardFilter(), DashboardDimension.Call, staff, CancellationToken.None),
            await unshared.LoadAsync(new DashboardFilter(), DashboardDimension.Call, staff, CancellationToken.None));
        // Nothing shared reaches a role that may not read it.
        Assert.Null(await shared.LoadAsync(new DashboardFilter(), DashboardDimension.Policy, await Demo.ActorAsync(fixture.Factory, Demo.Applicant), CancellationToken.None));
    }
}
