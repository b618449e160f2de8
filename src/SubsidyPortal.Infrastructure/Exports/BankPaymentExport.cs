using System.Runtime.CompilerServices;

namespace SubsidyPortal.Infrastructure.Exports;

/// <summary>
/// One payment of a 银行代发 / 拨付清单 file. The account number and credit code stay text in every format
/// (a long digit string must never become 1.2E+18 or lose its leading zeros).
/// </summary>
public sealed record BankPaymentLine(
    string PayeeName,
    string CreditCode,
    string BankName,
    string AccountNumber,
    decimal AmountYuan,
    string Purpose,
    string BatchNumber,
    string LineReference);

/// <summary>拨付清单: 序号, 收款单位, 统一社会信用代码, 开户银行, 银行账号, 金额（元）, 用途, 批次号, 明细号, then 合计 in yuan.</summary>
public static class BankPaymentExport
{
    public const string UnitLine = "单位：元";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("序号", ExportColumnKind.Integer, 8),
        new("收款单位", ExportColumnKind.Text, 36),
        new("统一社会信用代码", ExportColumnKind.Text, 22),
        new("开户银行", ExportColumnKind.Text, 30),
        new("银行账号", ExportColumnKind.Digits, 26),
        new("金额（元）", ExportColumnKind.MoneyYuan, 18),
        new("用途", ExportColumnKind.Text, 30),
        new("批次号", ExportColumnKind.Text, 18),
        new("明细号", ExportColumnKind.Text, 18),
    ];

    public static ExportTable Create(string title, IAsyncEnumerable<BankPaymentLine> lines) =>
        new(title, Columns, Rows(lines, CancellationToken.None)) { UnitLine = UnitLine, SheetName = "拨付清单" };

    public static ExportTable Create(string title, IEnumerable<BankPaymentLine> lines) => Create(title, lines.ToAsyncEnumerable());

    private static async IAsyncEnumerable<ExportCell[]> Rows(IAsyncEnumerable<BankPaymentLine> lines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            yield return [++number, line.PayeeName, line.CreditCode, line.BankName, line.AccountNumber, line.AmountYuan, line.Purpose, line.BatchNumber, line.LineReference];
        }
    }
}
