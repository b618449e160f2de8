using System.Text;
using SubsidyPortal.Infrastructure.Entitlements;

namespace SubsidyPortal.UnitTests.Entitlements;

/// <summary>CSV lists as committees save them: UTF-8 with or without BOM, GBK from Chinese Excel, quoted fields.</summary>
public sealed class CsvListsAreReadTests
{
    private const string Text = "统一社会信用代码,企业名称,资助金额\r\n91310116MA1JCHAT83,上海金山示范新材料有限公司,1200000\r\n";

    static CsvListsAreReadTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_with_a_byte_order_mark_is_read_without_the_mark_in_the_first_header()
    {
        var file = EntitlementFileReader.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)], "名单.csv");

        Assert.Equal(["统一社会信用代码", "企业名称", "资助金额"], file.Headers);
        Assert.Equal(EntitlementFileKind.Csv, file.Kind);
    }

    [Fact]
    public void Utf8_without_a_mark_is_read()
    {
        var file = EntitlementFileReader.Read(Encoding.UTF8.GetBytes(Text), "list.csv");

        Assert.Equal("上海金山示范新材料有限公司", file.Rows[0].Cells[1]);
    }

    [Fact]
    public void Gbk_saved_by_Chinese_Excel_is_recognised_and_decoded()
    {
        var gbk = Encoding.GetEncoding("GBK").GetBytes(Text);

        var file = EntitlementFileReader.Read(gbk, "list.csv");

        Assert.Equal("统一社会信用代码", file.Headers[0]);
        Assert.Equal("上海金山示范新材料有限公司", file.Rows[0].Cells[1]);
    }

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        const string csv = "代码,名称,备注\n91310116MA1JCHAT83,\"上海金山示范新材料有限公司, 分部\",\"他说\"\"好\"\"\n第二行\"\n";

        var file = EntitlementFileReader.Read(Encoding.UTF8.GetBytes(csv), "list.csv");

        Assert.Single(file.Rows);
        Assert.Equal("上海金山示范新材料有限公司, 分部", file.Rows[0].Cells[1]);
        Assert.Equal("他说\"好\"\n第二行", file.Rows[0].Cells[2]);
    }

    [Fact]
    public void Rows_keep_their_spreadsheet_numbers_and_blank_lines_are_skipped()
    {
        const string csv = "代码,名称\n91310116MA1JCHAT83,甲\n\n91310105MA1FL1XK2R,乙\n";

        var file = EntitlementFileReader.Read(Encoding.UTF8.GetBytes(csv), "list.csv");

        Assert.Equal([2, 4], file.Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void Short_rows_are_padded_to_the_header()
    {
        var file = EntitlementFileReader.Read(Encoding.UTF8.GetBytes("代码,名称,金额\n91310116MA1JCHAT83\n"), "list.csv");

        Assert.Equal(["91310116MA1JCHAT83", "", ""], file.Rows[0].Cells);
    }
}
