using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>
/// A batch goes to the bank as a file only once approved: the XLSX opens, its amounts and 合计 are exact, the CSV
/// carries the BOM, every export is on the batch's trail, and nobody but finance downloads it.
/// </summary>
public sealed class ExportTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string OtherClause = "changning-2024/1-core-technology";

    private async Task<(Guid BatchId, string BatchNumber)> ApprovedBatchAsync(int year)
    {
        await MoneyData.AwardAsync(fixture.Factory, 12_345.67m, year: year);
        await MoneyData.AwardAsync(fixture.Factory, 100_000.01m, enterpriseEmail: Demo.OtherApplicant, year: year);
        await MoneyData.AwardAsync(fixture.Factory, 0.03m, clauseId: OtherClause, year: year);
        var maker = await FinanceData.MakerAsync(fixture.Factory);
        var (batchId, built) = await FinanceData.UseAsync(fixture.Factory, s => s.BuildAsync(new Application.Finance.PayableFilter(Year: year), "导出测试", maker, CancellationToken.None));
        Assert.True(built.Succeeded, FinanceData.Messages(built));
        var checker = await FinanceData.CheckerAsync(fixture.Factory);
        Assert.True((await FinanceData.UseAsync(fixture.Factory, s => s.ApproveAsync(batchId!.Value, checker, CancellationToken.None))).Succeeded);
        return (batchId!.Value, (await FinanceData.BatchAsync(fixture.Factory, batchId.Value)).BatchNumber);
    }

    /// <summary>Each row's cell texts by column letter (inline strings and numbers alike).</summary>
    private static List<Dictionary<string, string>> Rows(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(row => row.Elements<Cell>().ToDictionary(
            c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()),
            c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty))];
    }

    [Fact]
    public async Task The_bank_file_opens_with_exact_amounts_and_total_and_the_account_number_as_text()
    {
        var (batchId, number) = await ApprovedBatchAsync(3301);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance2);

        var response = await client.Http.GetAsync($"/finance/batches/{batchId}/bank-file.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var rows = Rows(await response.Content.ReadAsByteArrayAsync());
        var header = rows.FindIndex(r => r.GetValueOrDefault("A") == "序号");
        Assert.Equal(["序号", "收款单位", "统一社会信用代码", "开户银行", "银行账号", "金额（元）", "用途", "批次号", "明细号"], rows[header].Values);
        var lines = rows.Skip(header + 1).Where(r => r.GetValueOrDefault("A") != "合计").ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(new[] { 12_345.67m, 100_000.01m, 0.03m }.Order(), lines.Select(r => decimal.Parse(r["F"], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(lines, r => Assert.Equal("6222021001123456789", r["E"]));
        Assert.All(lines, r => Assert.Equal(number, r["H"]));
        Assert.Equal($"{number}-001", lines[0]["I"]);
        var total = rows.Single(r => r.GetValueOrDefault("A") == "合计");
        Assert.Equal(112_345.71m, decimal.Parse(total["F"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, await ExportedAsync(batchId));
    }

    [Fact]
    public async Task The_allocation_list_shows_wan_yuan_to_six_decimals_and_the_csv_carries_the_bom()
    {
        var (batchId, _) = await ApprovedBatchAsync(3302);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);

        var xlsx = await client.Http.GetAsync($"/finance/batches/{batchId}/allocation-list.xlsx");
        var csv = await client.Http.GetAsync($"/finance/batches/{batchId}/allocation-list.csv");
        var bankCsv = await client.Http.GetAsync($"/finance/batches/{batchId}/bank-file.csv");

        var rows = Rows(await xlsx.Content.ReadAsByteArrayAsync());
        var header = rows.FindIndex(r => r.GetValueOrDefault("A") == "序号");
        Assert.Equal(["序号", "分配对象", "项目", "分配金额（万元）"], rows[header].Values);
        var amounts = rows.Skip(header + 1).Where(r => r.GetValueOrDefault("A") != "合计").Select(r => decimal.Parse(r["D"], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal([0.000003m, 1.234567m, 10.000001m], amounts);
        var total = rows.Single(r => r.GetValueOrDefault("A") == "合计");
        Assert.Equal(11.234571m, decimal.Parse(total["D"], System.Globalization.CultureInfo.InvariantCulture));

        foreach (var file in new[] { csv, bankCsv })
        {
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            var bytes = await file.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "CSV must start with the UTF-8 BOM");
            Assert.Contains("合计", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }

        Assert.Contains("6222021001123456789", Encoding.UTF8.GetString(await bankCsv.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(3, await ExportedAsync(batchId));
    }

    [Fact]
    public async Task A_draft_batch_is_not_exported_and_other_roles_get_403()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 1_000m);
        var draft = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        using var finance = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        using var applicant = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        using var anonymous = PortalClient.For(fixture.Factory);

        var refused = await finance.Http.GetAsync($"/finance/batches/{draft}/bank-file.xlsx");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("尚未审核通过", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ExportedAsync(draft));
        Assert.Equal(HttpStatusCode.NotFound, (await finance.Http.GetAsync($"/finance/batches/{draft}/bank-file.pdf")).StatusCode);

        var (approved, _) = await ApprovedBatchAsync(3303);
        foreach (var url in new[] { $"/finance/batches/{approved}/bank-file.xlsx", $"/finance/batches/{approved}/allocation-list.csv" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await applicant.Http.GetAsync(url)).StatusCode);
            var signIn = await anonymous.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.StartsWith("/account/login", signIn.LocationPath(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await ExportedAsync(approved));
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.Http.GetAsync("/awards/allocation-list.xlsx?year=3303")).StatusCode);
    }

    [Fact]
    public async Task The_award_allocation_list_streams_the_awards_of_a_policy_and_year_in_wan_yuan()
    {
        const int year = 3304;
        await MoneyData.AwardAsync(fixture.Factory, 250_000m, year: year);
        await MoneyData.AwardAsync(fixture.Factory, 33_333.33m, enterpriseEmail: Demo.OtherApplicant, year: year);
        await MoneyData.AwardAsync(fixture.Factory, 99m, year: year + 1);
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        using var finance = await PortalClient.SignedInAsync(fixture.Factory, MoneyData.Finance);

        var xlsx = await staff.Http.GetAsync($"/awards/allocation-list.xlsx?policy=changning-2024&year={year}");
        var csv = await finance.Http.GetAsync($"/awards/allocation-list.csv?year={year}");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = Rows(await xlsx.Content.ReadAsByteArrayAsync());
        var header = rows.FindIndex(r => r.GetValueOrDefault("A") == "序号");
        var lines = rows.Skip(header + 1).Where(r => r.GetValueOrDefault("A") != "合计").ToList();
        Assert.Equal([3.333333m, 25m], lines.Select(r => decimal.Parse(r["D"], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal(28.333333m, decimal.Parse(rows.Single(r => r.GetValueOrDefault("A") == "合计")["D"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.True((await csv.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    private Task<int> ExportedAsync(Guid batchId) =>
        Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.CountAsync(e => e.SubjectId == batchId && e.Action == "Exported"));
}
