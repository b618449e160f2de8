using System.Globalization;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Infrastructure.Exports;

namespace SubsidyPortal.UnitTests.Exports;

/// <summary>The 57-line 青浦 allocation list written as CSV and parsed back.</summary>
public sealed class AllocationListCsvTests
{
    private static ExportTable QingpuTable() =>
        AllocationListExport.Create("张江专项资金分配结果", QingpuAllocations.Lines.Select(l => new AllocationLine(l.Recipient, "张江专项配套", Money.FromWan(l.Wan))));

    [Fact]
    public async Task The_file_starts_with_the_utf8_byte_order_mark_and_ends_lines_with_crlf()
    {
        var csv = await ExportFiles.CsvAsync(QingpuTable());

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var text = System.Text.Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        Assert.StartsWith("张江专项资金分配结果\r\n单位：万元\r\n序号,分配对象,项目,分配金额（万元）\r\n1,", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_parses_back_to_the_same_recipients_and_exact_amounts()
    {
        var records = ExportFiles.ParseCsv(await ExportFiles.CsvAsync(QingpuTable()));

        Assert.Equal(3 + QingpuAllocations.Lines.Length + 1, records.Count);
        for (var i = 0; i < QingpuAllocations.Lines.Length; i++)
        {
            var record = records[3 + i];
            Assert.Equal([(i + 1).ToString(CultureInfo.InvariantCulture), QingpuAllocations.Lines[i].Recipient, "张江专项配套"], record.Take(3));
            Assert.Equal(QingpuAllocations.Lines[i].Wan, decimal.Parse(record[3], NumberStyles.Number, CultureInfo.InvariantCulture));
        }

        Assert.Equal("496.829946", records[3 + 14][3]);
    }

    [Fact]
    public async Task Total_row_equals_the_exact_sum_of_the_lines()
    {
        var records = ExportFiles.ParseCsv(await ExportFiles.CsvAsync(QingpuTable()));

        Assert.Equal(["合计", string.Empty, string.Empty, "21903.567188"], records[^1]);
        Assert.Equal(QingpuAllocations.Lines.Sum(l => l.Wan), decimal.Parse(records[^1][3], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Without_the_title_the_file_starts_with_the_header()
    {
        var records = ExportFiles.ParseCsv(await ExportFiles.CsvAsync(QingpuTable(), includeTitle: false));

        Assert.Equal(["序号", "分配对象", "项目", "分配金额（万元）"], records[0]);
        Assert.Equal(1 + QingpuAllocations.Lines.Length + 1, records.Count);
    }
}
