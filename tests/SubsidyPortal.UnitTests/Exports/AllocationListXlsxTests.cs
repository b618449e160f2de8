using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Infrastructure.Exports;

namespace SubsidyPortal.UnitTests.Exports;

/// <summary>The 57-line 青浦 allocation list written as XLSX and read back with the Open XML SDK.</summary>
public sealed class AllocationListXlsxTests
{
    private const string Title = "2024 年市级财政专项资金区级使用情况——张江自主创新示范区发展专项资金分配结果";

    private static ExportTable QingpuTable() =>
        AllocationListExport.Create(Title, QingpuAllocations.Lines.Select(l => new AllocationLine(l.Recipient, "张江专项配套", Money.FromWan(l.Wan))));

    private static async Task<SortedDictionary<int, List<SheetCell>>> WrittenAsync() => ExportFiles.ReadSheet(await ExportFiles.XlsxAsync(QingpuTable()));

    [Fact]
    public async Task Every_amount_cell_equals_its_line_exactly()
    {
        var rows = await WrittenAsync();

        for (var i = 0; i < QingpuAllocations.Lines.Length; i++)
        {
            var row = 4 + i; // title, unit line, header
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), rows.Cell($"A{row}").Text);
            Assert.Equal(QingpuAllocations.Lines[i].Recipient, rows.Cell($"B{row}").Text);
            var amount = rows.Cell($"D{row}");
            Assert.Null(amount.Type); // a number, not text
            Assert.Equal(QingpuAllocations.Lines[i].Wan, decimal.Parse(amount.Text, NumberStyles.Number, CultureInfo.InvariantCulture));
        }

        Assert.Equal("496.829946", rows.Cell("D18").Text);
        Assert.Equal("470.2131", rows.Cell("D44").Text);
    }

    [Fact]
    public async Task Total_row_equals_the_exact_sum_of_the_lines()
    {
        var rows = await WrittenAsync();

        var totalRow = 4 + QingpuAllocations.Lines.Length;
        Assert.Equal(totalRow, rows.Keys.Max());
        Assert.Equal("合计", rows.Cell($"A{totalRow}").Text);
        Assert.True(rows.Cell($"A{totalRow}").Bold);
        var total = decimal.Parse(rows.Cell($"D{totalRow}").Text, NumberStyles.Number, CultureInfo.InvariantCulture);
        Assert.Equal(QingpuAllocations.PublishedTotalWan, total);
        Assert.Equal("21903.567188", rows.Cell($"D{totalRow}").Text);
        var sumOfCells = rows.Where(r => r.Key > 3 && r.Key < totalRow).Sum(r => decimal.Parse(r.Value.Single(c => c.Reference.StartsWith('D')).Text, CultureInfo.InvariantCulture));
        Assert.Equal(sumOfCells, total);
    }

    [Fact]
    public async Task Title_and_unit_line_come_first_then_a_bold_frozen_header()
    {
        var rows = ExportFiles.ReadSheet(await ExportFiles.XlsxAsync(QingpuTable()), out var worksheet);

        Assert.Equal(Title, rows.Cell("A1").Text);
        Assert.True(rows.Cell("A1").Bold);
        Assert.Equal("单位：万元", rows.Cell("A2").Text);
        Assert.Equal(["序号", "分配对象", "项目", "分配金额（万元）"], rows[3].Select(c => c.Text));
        Assert.All(rows[3], c => Assert.True(c.Bold));
        Assert.False(rows.Cell("B4").Bold);

        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(3d, pane.VerticalSplit!.Value);
        Assert.Equal("A4", pane.TopLeftCell!.Value);
        Assert.Contains(worksheet.Descendants<MergeCell>(), m => m.Reference == "A1:D1");
        Assert.All(worksheet.Descendants<Column>(), c => Assert.True(c.Width!.Value >= 8));
    }

    [Fact]
    public async Task Wan_amounts_show_up_to_six_decimals_and_names_are_inline_strings()
    {
        var rows = await WrittenAsync();

        Assert.Equal("#,##0.00####", rows.Cell("D18").NumberFormat);
        Assert.Equal("#,##0.00####", rows.Cell($"D{4 + QingpuAllocations.Lines.Length}").NumberFormat);
        Assert.Equal("inlineStr", rows.Cell("B18").Type);
        Assert.Equal("0", rows.Cell("A18").NumberFormat);
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_gets_the_same_workbook_through_a_temporary_file()
    {
        using var sink = new MemoryStream();
        await XlsxExportWriter.WriteAsync(QingpuTable(), new ForwardOnlyStream(sink));

        var rows = ExportFiles.ReadSheet(sink.ToArray());
        Assert.Equal("21903.567188", rows.Cell($"D{4 + QingpuAllocations.Lines.Length}").Text);
    }

    /// <summary>Like an HTTP response body: write-only, no seeking, no length.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
