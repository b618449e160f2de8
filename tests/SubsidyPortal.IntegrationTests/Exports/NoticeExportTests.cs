using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Notices;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Exports;

/// <summary>The public notice's list downloaded as XLSX and CSV from the running portal, compared with the notice page.</summary>
public sealed class NoticeExportTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>One line of the list: 序号, 企业名称, 项目名称, 条款, amount in 万元 (null when blank).</summary>
    private sealed record Line(string No, string Enterprise, string Project, string Clause, decimal? Wan);

    [Fact]
    public async Task The_xlsx_download_has_the_pages_lines_an_exact_total_and_a_chinese_file_name()
    {
        var notice = await SeededNoticeAsync();
        using var anonymous = PortalClient.For(fixture.Factory);
        var page = await PageLinesAsync(anonymous, notice.Id);

        var response = await anonymous.Http.GetAsync($"/notices/{notice.Id}/export.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(notice.TitleZh + ".xlsx", disposition.FileNameStar);
        Assert.Matches("^\"?notice-[0-9]{8}-[0-9a-f]{8}\\.xlsx\"?$", disposition.FileName!);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.OrdinalIgnoreCase);

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        var (title, header, lines, total) = ReadXlsx(bytes);
        Assert.Equal(notice.TitleZh, title);
        Assert.Equal(["序号", "企业名称", "项目名称", "条款", "拟支持金额（万元）"], header);
        Assert.NotEmpty(lines);
        Assert.Equal(page, lines);
        Assert.Equal(["合计", "", "", "", Text(page.Sum(l => l.Wan ?? 0m))], total);
    }

    [Fact]
    public async Task The_csv_download_has_the_pages_lines_and_an_exact_total()
    {
        var notice = await SeededNoticeAsync();
        using var anonymous = PortalClient.For(fixture.Factory);
        var page = await PageLinesAsync(anonymous, notice.Id);

        var response = await anonymous.Http.GetAsync($"/notices/{notice.Id}/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal(notice.TitleZh + ".csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var records = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.Equal(notice.TitleZh, records[0]);
        Assert.Equal("单位：万元", records[1]);
        Assert.Equal("序号,企业名称,项目名称,条款,拟支持金额（万元）", records[2]);
        // The seeded names and clause titles hold no comma, quote or line break, so a plain split reads them.
        var lines = records[3..^2].Select(r => r.Split(',')).Select(f => new Line(f[0], f[1], f[2], f[3], f[4].Length == 0 ? null : Parse(f[4]))).ToList();
        Assert.Equal(page, lines);
        Assert.Equal($"合计,,,,{Text(page.Sum(l => l.Wan ?? 0m))}", records[^2]);
        Assert.Equal(string.Empty, records[^1]);
    }

    [Fact]
    public async Task An_entry_an_upheld_objection_took_off_stays_on_the_page_but_not_in_the_download()
    {
        var proposed = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.ProposedForApproval);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var (noticeId, published) = await WithAsync(sp => sp.GetRequiredService<NoticeService>().PublishAsync(proposed.CallId, staff, CancellationToken.None));
        Assert.True(published.Succeeded);
        var notice = await Demo.WithDbAsync(fixture.Factory, db => db.PublicNotices.AsNoTracking().SingleAsync(n => n.Id == noticeId));
        fixture.Factory.Clock.MoveTo(notice.FirstDay);
        var lodged = await WithAsync(sp => sp.GetRequiredService<NoticeService>().LodgeObjectionAsync(notice.Id,
            new ObjectionInput { ApplicationId = proposed.Id, Name = "张三", Contact = "13800000000", Text = "该企业实际经营地不在本区。" }, CancellationToken.None));
        Assert.True(lodged.Succeeded);
        var objection = await Demo.WithDbAsync(fixture.Factory, db => db.Objections.AsNoTracking().SingleAsync(o => o.ApplicationId == proposed.Id));
        var resolved = await WithAsync(sp => sp.GetRequiredService<NoticeService>().ResolveObjectionAsync(objection.Id, upheld: true, "经核实，异议成立。", staff, CancellationToken.None));
        Assert.True(resolved.Succeeded);

        using var anonymous = PortalClient.For(fixture.Factory);
        var pageText = (await anonymous.GetPageAsync($"/notices/{notice.Id}")).QuerySelector("[data-testid=notice-entries]")!.TextContent;
        Assert.Contains(proposed.ProjectName, pageText, StringComparison.Ordinal);
        var (_, _, lines, total) = ReadXlsx(await anonymous.Http.GetByteArrayAsync($"/notices/{notice.Id}/export.xlsx"));

        Assert.Empty(lines);
        Assert.Equal(["合计", "", "", "", "0"], total);
    }

    [Fact]
    public async Task An_unknown_notice_has_no_download()
    {
        using var anonymous = PortalClient.For(fixture.Factory);

        var response = await anonymous.Http.GetAsync($"/notices/{Guid.NewGuid()}/export.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<Domain.Notices.PublicNotice> SeededNoticeAsync() =>
        Demo.WithDbAsync(fixture.Factory, db => db.PublicNotices.AsNoTracking().SingleAsync(n => n.TitleZh.Contains("（补充）")));

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    /// <summary>The notice page's rows that are still on the notice (公示中 or approved after it), as the page shows them.</summary>
    private static async Task<List<Line>> PageLinesAsync(PortalClient client, Guid noticeId)
    {
        var page = await client.GetPageAsync($"/notices/{noticeId}");
        Assert.NotNull(page.QuerySelector($"a[href='/notices/{noticeId}/export.xlsx']"));
        Assert.NotNull(page.QuerySelector($"a[href='/notices/{noticeId}/export.csv']"));
        return page.QuerySelectorAll("[data-testid=notice-entries] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Where(td => td[5] != "不予支持")
            .Select(td => new Line(td[0], td[1], td[2], td[3], td[4].Length == 0 ? null : Parse(td[4])))
            .ToList();
    }

    private static (string Title, string[] Header, List<Line> Lines, string[] Total) ReadXlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .ToDictionary(r => (int)r.RowIndex!.Value, r => Enumerable.Range(0, 5).Select(c => Value(r, c)).ToArray());
        Assert.Equal("单位：万元", rows[2][0]);
        var last = rows.Keys.Max();
        var lines = Enumerable.Range(4, last - 4).Select(i => rows[i])
            .Select(v => new Line(v[0], v[1], v[2], v[3], v[4].Length == 0 ? null : Parse(v[4]))).ToList();
        return (rows[1][0], rows[3], lines, rows[last]);
    }

    private static string Value(Row row, int column)
    {
        var reference = $"{(char)('A' + column)}{row.RowIndex!.Value}";
        var cell = row.Elements<Cell>().SingleOrDefault(c => c.CellReference == reference);
        return cell is null ? string.Empty : cell.DataType?.InnerText == "inlineStr" ? cell.InlineString!.InnerText : cell.CellValue!.Text;
    }

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string Text(decimal wan) => wan.ToString("0.######", CultureInfo.InvariantCulture);
}
