using System.Runtime.CompilerServices;

namespace SubsidyPortal.Infrastructure.Exports;

/// <summary>One line of a 分配结果 list: who receives it, for what, how much (yuan; the list shows 万元).</summary>
public sealed record AllocationLine(string Recipient, string Project, decimal AmountYuan);

/// <summary>分配结果: 序号, 分配对象, 项目, 分配金额（万元）, then 合计; the lines are numbered as they stream.</summary>
public static class AllocationListExport
{
    public const string UnitLine = "单位：万元";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("序号", ExportColumnKind.Integer, 8),
        new("分配对象", ExportColumnKind.Text, 40),
        new("项目", ExportColumnKind.Text, 50),
        new("分配金额（万元）", ExportColumnKind.MoneyWan, 20),
    ];

    public static ExportTable Create(string title, IAsyncEnumerable<AllocationLine> lines) =>
        new(title, Columns, Rows(lines, CancellationToken.None)) { UnitLine = UnitLine, SheetName = "分配结果" };

    public static ExportTable Create(string title, IEnumerable<AllocationLine> lines) => Create(title, lines.ToAsyncEnumerable());

    private static async IAsyncEnumerable<ExportCell[]> Rows(IAsyncEnumerable<AllocationLine> lines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            yield return [++number, line.Recipient, line.Project, line.AmountYuan];
        }
    }
}
