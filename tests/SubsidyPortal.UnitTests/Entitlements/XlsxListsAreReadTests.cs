using SubsidyPortal.Infrastructure.Entitlements;

namespace SubsidyPortal.UnitTests.Entitlements;

/// <summary>The first worksheet of a workbook: shared strings, numbers as Excel shows them, date-formatted serials as dates.</summary>
public sealed class XlsxListsAreReadTests
{
    private static readonly byte[] Workbook = XlsxSample.Build(
        ["统一社会信用代码", "企业名称", "资助金额", "认定日期", "是否认定"],
        ["91310116MA1JCHAT83", "上海金山示范新材料有限公司", 1_200_000.5m, new DateOnly(2026, 3, 1), true],
        ["91310105MA1FL1XK2R", null, 0.1 + 0.2, new DateOnly(2025, 12, 31), false]);

    [Fact]
    public void Shared_strings_are_the_cells_text()
    {
        var file = EntitlementFileReader.Read(Workbook, "名单.xlsx");

        Assert.Equal(EntitlementFileKind.Xlsx, file.Kind);
        Assert.Equal(["统一社会信用代码", "企业名称", "资助金额", "认定日期", "是否认定"], file.Headers);
        Assert.Equal("上海金山示范新材料有限公司", file.Rows[0].Cells[1]);
    }

    [Fact]
    public void Numbers_read_as_Excel_shows_them()
    {
        var file = EntitlementFileReader.Read(Workbook, "名单.xlsx");

        Assert.Equal("1200000.5", file.Rows[0].Cells[2]);
        Assert.Equal("0.3", file.Rows[1].Cells[2]);
    }

    [Fact]
    public void Date_formatted_serial_numbers_become_dates()
    {
        var file = EntitlementFileReader.Read(Workbook, "名单.xlsx");

        Assert.Equal("2026-03-01", file.Rows[0].Cells[3]);
        Assert.Equal("2025-12-31", file.Rows[1].Cells[3]);
    }

    [Fact]
    public void Missing_cells_are_empty_and_booleans_read_as_true_or_false()
    {
        var file = EntitlementFileReader.Read(Workbook, "名单.xlsx");

        Assert.Equal(string.Empty, file.Rows[1].Cells[1]);
        Assert.Equal("TRUE", file.Rows[0].Cells[4]);
        Assert.Equal("FALSE", file.Rows[1].Cells[4]);
    }
}
