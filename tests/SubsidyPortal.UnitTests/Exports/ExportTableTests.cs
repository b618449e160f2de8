using SubsidyPortal.Application.Notices;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Notices;
using SubsidyPortal.Infrastructure.Exports;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.UnitTests.Exports;

/// <summary>The table model's checks, totals and the notice list builder.</summary>
public sealed class ExportTableTests
{
    private static readonly ExportColumn[] NameAndAmount = [new("名称", ExportColumnKind.Text), new("金额", ExportColumnKind.MoneyWan)];

    [Fact]
    public async Task A_row_with_the_wrong_number_of_cells_is_refused()
    {
        var table = new ExportTable("t", NameAndAmount, [new ExportCell[] { "甲", 1m }, new ExportCell[] { "乙" }]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ExportFiles.CsvAsync(table));
        Assert.Contains("Row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cell_of_the_wrong_kind_is_refused_rather_than_written()
    {
        var table = new ExportTable("t", NameAndAmount, [new ExportCell[] { "甲", "1.00" }]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ExportFiles.XlsxAsync(table));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ExportFiles.CsvAsync(table));
    }

    [Fact]
    public async Task No_totals_row_when_the_table_has_no_total_label_and_empty_amounts_add_nothing()
    {
        ExportCell[][] rows = [["甲", 12_345.67m], ["乙", (decimal?)null]];

        var without = ExportFiles.ParseCsv(await ExportFiles.CsvAsync(new ExportTable("t", NameAndAmount, rows) { TotalLabel = null }, includeTitle: false));
        var with = ExportFiles.ParseCsv(await ExportFiles.CsvAsync(new ExportTable("t", NameAndAmount, rows), includeTitle: false));

        Assert.Equal(3, without.Count);
        Assert.Equal(["乙", ""], without[^1]);
        Assert.Equal(["合计", "1.234567"], with[^1]);
    }

    [Fact]
    public async Task Dates_are_date_cells_in_xlsx_and_iso_dates_in_csv()
    {
        var table = new ExportTable("t", [new("日期", ExportColumnKind.Date)], [new ExportCell[] { new DateOnly(2026, 11, 23) }]) { TotalLabel = null };

        var rows = ExportFiles.ReadSheet(await ExportFiles.XlsxAsync(table));
        var csv = ExportFiles.ParseCsv(await ExportFiles.CsvAsync(table, includeTitle: false));

        Assert.Equal("46349", rows.Cell("A3").Text); // days since 1899-12-30, Excel's serial
        Assert.Equal("yyyy-mm-dd", rows.Cell("A3").NumberFormat);
        Assert.Equal("2026-11-23", csv[1][0]);
    }

    [Fact]
    public async Task Rows_are_pulled_one_at_a_time_while_the_file_is_written()
    {
        var live = 0;
        var maxLive = 0;

        async IAsyncEnumerable<AllocationLine> Lines()
        {
            for (var i = 0; i < 1_000; i++)
            {
                live++;
                maxLive = Math.Max(maxLive, live);
                await Task.Yield();
                yield return new AllocationLine($"企业{i}", "项目", 100m + i);
                live--;
            }
        }

        var records = ExportFiles.ParseCsv(await ExportFiles.CsvAsync(AllocationListExport.Create("t", Lines()), includeTitle: false));

        Assert.Equal(1, maxLive);
        Assert.Equal("1000", records[^2][0]);
        Assert.Equal(Enumerable.Range(0, 1_000).Sum(i => 100m + i) / 10_000m, decimal.Parse(records[^1][3], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_notice_list_leaves_out_entries_an_upheld_objection_took_off_and_numbers_the_rest()
    {
        var day = new DateOnly(2026, 11, 23);
        var notice = PublicNotice.Publish(Guid.NewGuid(), "2026 年度长宁区鼓励科技创新政策项目申报（第一批）拟立项名单公示", day, day, day.AddDays(6), 5, null, DateTimeOffset.UnixEpoch);
        NoticeEntry[] entries =
        [
            new(Guid.NewGuid(), "甲公司", "项目一", "changning-2024/6-high-tech-renewal", 200_000m, ApplicationStatus.PublicNotice),
            new(Guid.NewGuid(), "乙公司", "项目二", "changning-2024/6-high-tech-renewal", 100_000m, ApplicationStatus.Rejected),
            new(Guid.NewGuid(), "丙公司", "项目三", "changning-2024/2-zhangjiang-matching", 123_456.78m, ApplicationStatus.Approved),
        ];

        var records = ExportFiles.ParseCsv(await ExportFiles.CsvAsync(NoticeListExport.Create(notice, entries)));

        Assert.Equal(notice.TitleZh, records[0][0]);
        Assert.Equal(["序号", "企业名称", "项目名称", "条款", "拟支持金额（万元）"], records[2]);
        Assert.Equal(["1", "甲公司", "项目一"], records[3].Take(3));
        Assert.Equal(["2", "丙公司", "项目三"], records[4].Take(3));
        Assert.Equal("12.345678", records[4][4]);
        Assert.Equal(["合计", "", "", "", "32.345678"], records[5]);
        Assert.Equal(6, records.Count);
    }
}
