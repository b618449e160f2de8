using System.Globalization;
using SubsidyPortal.Infrastructure.Exports;

namespace SubsidyPortal.UnitTests.Exports;

/// <summary>银行代发 / 拨付清单: account numbers and credit codes stay text; totals in yuan to the fen.</summary>
public sealed class BankPaymentFileTests
{
    private static readonly BankPaymentLine[] Lines =
    [
        new("上海长宁示范智能科技有限公司", "91310105MA1FL0XX1B", "中国工商银行上海市长宁支行", "1001234567890123456789", 300_000.00m, "张江专项匹配", "PB2026-0007", "PB2026-0007-001"),
        new("上海金山示范新材料有限公司", "91310116MA1JA2XX3C", "上海农村商业银行金山支行", "03456789012345678", 45_678.91m, "科技小巨人", "PB2026-0007", "PB2026-0007-002"),
        new("上海某某生物医药有限公司", "91310115MA1HB3XX4D", "交通银行上海分行", "310066726018800012345", 0.01m, "创新券", "PB2026-0007", "PB2026-0007-003"),
    ];

    private static ExportTable Table() => BankPaymentExport.Create("2026 年第 7 批拨付清单", Lines);

    [Fact]
    public async Task Account_numbers_and_credit_codes_stay_text_in_xlsx()
    {
        var rows = ExportFiles.ReadSheet(await ExportFiles.XlsxAsync(Table()));

        Assert.Equal(["序号", "收款单位", "统一社会信用代码", "开户银行", "银行账号", "金额（元）", "用途", "批次号", "明细号"], rows[3].Select(c => c.Text));
        for (var i = 0; i < Lines.Length; i++)
        {
            var account = rows.Cell($"E{4 + i}");
            Assert.Equal("inlineStr", account.Type);
            Assert.Equal("@", account.NumberFormat);
            Assert.Equal(Lines[i].AccountNumber, account.Text);
            Assert.Equal(Lines[i].CreditCode, rows.Cell($"C{4 + i}").Text);
            Assert.Equal("inlineStr", rows.Cell($"C{4 + i}").Type);
        }

        Assert.Equal("03456789012345678", rows.Cell("E5").Text); // the leading zero survives
    }

    [Fact]
    public async Task Amounts_are_yuan_numbers_with_two_decimals_and_the_total_is_exact()
    {
        var rows = ExportFiles.ReadSheet(await ExportFiles.XlsxAsync(Table()));

        Assert.Equal("单位：元", rows.Cell("A2").Text);
        Assert.Equal("45678.91", rows.Cell("F5").Text);
        Assert.Equal("#,##0.00", rows.Cell("F5").NumberFormat);
        Assert.Null(rows.Cell("F5").Type);
        Assert.Equal("合计", rows.Cell("A7").Text);
        Assert.Equal(345_678.92m, decimal.Parse(rows.Cell("F7").Text, CultureInfo.InvariantCulture));
        Assert.Equal(Lines.Sum(l => l.AmountYuan), decimal.Parse(rows.Cell("F7").Text, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task In_csv_the_account_number_is_written_so_excel_keeps_every_digit_and_amounts_carry_two_decimals()
    {
        var records = ExportFiles.ParseCsv(await ExportFiles.CsvAsync(Table(), includeTitle: false));

        // A bare 22-digit number would open in Excel as 1.00123E+21 and a leading zero would vanish; ="…" opens as
        // the text itself.
        Assert.Equal(["1", "上海长宁示范智能科技有限公司", "91310105MA1FL0XX1B", "中国工商银行上海市长宁支行", "=\"1001234567890123456789\"", "300000.00", "张江专项匹配", "PB2026-0007", "PB2026-0007-001"], records[1]);
        for (var i = 0; i < Lines.Length; i++)
        {
            Assert.Equal(Lines[i].AccountNumber, AsExcelShows(records[i + 1][4]));
        }

        Assert.Equal("03456789012345678", AsExcelShows(records[2][4]));
        Assert.Equal("0.01", records[3][5]);
        Assert.Equal(["合计", "", "", "", "", "345678.92", "", "", ""], records[^1]);
    }

    [Fact]
    public async Task An_account_that_is_not_all_digits_stays_plain_text_guarded_against_formulas()
    {
        var table = BankPaymentExport.Create("清单", [Lines[0] with { AccountNumber = "=HYPERLINK(\"x\")" }]);
        var records = ExportFiles.ParseCsv(await ExportFiles.CsvAsync(table, includeTitle: false));

        Assert.Equal("'=HYPERLINK(\"x\")", records[1][4]);
    }

    // What Excel displays for a CSV field: ="…" is a text constant; anything else is shown as written.
    private static string AsExcelShows(string field) =>
        field.StartsWith("=\"", StringComparison.Ordinal) && field.EndsWith('"') ? field[2..^1] : field;
}
