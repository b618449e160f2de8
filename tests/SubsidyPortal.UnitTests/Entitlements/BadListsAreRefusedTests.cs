using System.Globalization;
using System.Text;
using SubsidyPortal.Infrastructure.Entitlements;

namespace SubsidyPortal.UnitTests.Entitlements;

/// <summary>Files that are not a list with a header are refused with a clear Chinese message.</summary>
public sealed class BadListsAreRefusedTests
{
    public BadListsAreRefusedTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

    private static string Refusal(byte[] content, string name) =>
        Assert.Throws<EntitlementFileException>(() => EntitlementFileReader.Read(content, name)).Code;

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal("entitlement.file-empty", Refusal([], "list.csv"));
        Assert.Equal("entitlement.file-empty", Refusal(Encoding.UTF8.GetBytes("\r\n\r\n"), "list.csv"));
    }

    [Fact]
    public void A_file_whose_first_row_is_data_has_no_header()
    {
        Assert.Equal("entitlement.file-no-header", Refusal(Encoding.UTF8.GetBytes("91310116MA1JCHAT83,甲,100\n"), "list.csv"));
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        Assert.Equal("entitlement.file-no-rows", Refusal(Encoding.UTF8.GetBytes("统一社会信用代码,名称\n"), "list.csv"));
    }

    [Fact]
    public void An_image_is_an_unknown_type_whatever_its_name()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

        Assert.Equal("entitlement.file-type-unknown", Refusal(png, "list.csv"));
        Assert.Equal("entitlement.file-type-unknown", Refusal(Encoding.UTF8.GetBytes("代码\n1\n"), "list.pdf"));
    }

    [Fact]
    public void A_workbook_named_csv_is_refused_as_a_mismatch()
    {
        var workbook = XlsxSample.Build(["代码"], ["91310116MA1JCHAT83"]);

        Assert.Equal("entitlement.file-type-mismatch", Refusal(workbook, "list.csv"));
        Assert.Equal("entitlement.file-type-mismatch", Refusal(Encoding.UTF8.GetBytes("代码\n1\n"), "list.xlsx"));
    }

    [Fact]
    public void More_than_fifty_thousand_rows_are_refused()
    {
        var csv = new StringBuilder("统一社会信用代码\n");
        for (var i = 0; i <= EntitlementFileReader.MaxDataRows; i++)
        {
            csv.Append("x\n");
        }

        Assert.Equal("entitlement.file-too-many-rows", Refusal(Encoding.UTF8.GetBytes(csv.ToString()), "list.csv"));
    }

    [Fact]
    public void More_than_ten_megabytes_is_refused()
    {
        var big = new byte[EntitlementFileReader.MaxBytes + 1];
        Array.Fill(big, (byte)'a');

        Assert.Equal("entitlement.file-too-large", Refusal(big, "list.csv"));
    }

    [Fact]
    public void The_refusal_message_is_in_Chinese()
    {
        var refusal = Assert.Throws<EntitlementFileException>(() => EntitlementFileReader.Read([], "list.csv"));

        Assert.Contains("文件是空的", refusal.Message, StringComparison.Ordinal);
    }
}
