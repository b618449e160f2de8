using SubsidyPortal.Infrastructure.Exports;

namespace SubsidyPortal.UnitTests.Exports;

/// <summary>RFC 4180 quoting and the guard against spreadsheet formula injection.</summary>
public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+86 21 1234", "'+86 21 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    public void Text_that_a_spreadsheet_would_evaluate_gets_a_leading_apostrophe(string text, string expected) =>
        Assert.Equal(expected, CsvExportWriter.Field(text));

    [Theory]
    [InlineData("上海某某科技有限公司", "上海某某科技有限公司")]
    [InlineData("甲,乙", "\"甲,乙\"")]
    [InlineData("他说\"好\"", "\"他说\"\"好\"\"\"")]
    [InlineData("第一行\r\n第二行", "\"第一行\r\n第二行\"")]
    [InlineData("第一行\n第二行", "\"第一行\n第二行\"")]
    [InlineData("a=b", "a=b")]
    public void Commas_quotes_and_line_breaks_are_quoted_and_nothing_else_is(string text, string expected) =>
        Assert.Equal(expected, CsvExportWriter.Field(text));

    [Fact]
    public async Task Awkward_text_parses_back_unchanged_apart_from_the_guard_and_negative_amounts_stay_numbers()
    {
        var names = new[] { "甲,乙有限公司", "他说\"好\"", "多行\r\n名称", "=1+1", "普通" };
        var table = new ExportTable("测试", [new("名称", ExportColumnKind.Text), new("金额", ExportColumnKind.MoneyYuan)],
            names.Select((n, i) => new ExportCell[] { n, i == 0 ? -12.5m : 1m }));

        var records = ExportFiles.ParseCsv(await ExportFiles.CsvAsync(table, includeTitle: false));

        Assert.Equal(["名称", "金额"], records[0]);
        Assert.Equal(["甲,乙有限公司", "-12.50"], records[1]);
        Assert.Equal("他说\"好\"", records[2][0]);
        Assert.Equal("多行\r\n名称", records[3][0]);
        Assert.Equal("'=1+1", records[4][0]);
        Assert.Equal(["合计", "-8.50"], records[^1]);
    }
}
