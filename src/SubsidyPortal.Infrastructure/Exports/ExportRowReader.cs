using System.Globalization;
using System.Runtime.CompilerServices;
using PortalMoney = SubsidyPortal.Domain.Common.Money;

namespace SubsidyPortal.Infrastructure.Exports;

/// <summary>
/// What both writers share: reads the rows once, checks each cell against its column, keeps the exact
/// <see cref="decimal"/> sum of every money column, and formats numbers from the decimal itself (never via double).
/// </summary>
internal sealed class ExportRowReader(ExportTable table)
{
    private readonly decimal[] _sumsYuan = new decimal[table.Columns.Count];

    public long RowCount { get; private set; }

    public async IAsyncEnumerable<ExportCell[]> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var columns = table.Columns;
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            RowCount++;
            if (row is null || row.Length != columns.Count)
            {
                throw new InvalidOperationException($"Row {RowCount} of '{table.Title}' has {row?.Length ?? 0} cells; the table has {columns.Count} columns.");
            }

            for (var c = 0; c < row.Length; c++)
            {
                var cell = row[c];
                if (cell.Type == ExportCellType.Empty)
                {
                    continue;
                }

                if (cell.Type != Expected(columns[c].Kind))
                {
                    throw new InvalidOperationException($"Row {RowCount}, column '{columns[c].Header}' ({columns[c].Kind}) was given a {cell.Type} cell.");
                }

                if (columns[c].IsMoney)
                {
                    _sumsYuan[c] += cell.Number;
                }
            }

            yield return row;
        }
    }

    /// <summary>The totals row: the label in the first column that is not money, the exact sums (yuan) under every money column.</summary>
    public ExportCell[]? TotalsRow()
    {
        if (table.TotalLabel is null)
        {
            return null;
        }

        var columns = table.Columns;
        var row = new ExportCell[columns.Count];
        var labelled = false;
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].IsMoney)
            {
                row[c] = ExportCell.FromYuan(_sumsYuan[c]);
            }
            else if (!labelled)
            {
                row[c] = table.TotalLabel;
                labelled = true;
            }
        }

        return row;
    }

    private static ExportCellType Expected(ExportColumnKind kind) => kind switch
    {
        ExportColumnKind.Integer => ExportCellType.Integer,
        ExportColumnKind.Text or ExportColumnKind.Digits => ExportCellType.Text,
        ExportColumnKind.MoneyWan or ExportColumnKind.MoneyYuan => ExportCellType.Amount,
        ExportColumnKind.Date => ExportCellType.Date,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>Exact decimal text for the files: invariant culture, no exponent, no trailing zeros.</summary>
internal static class ExportNumbers
{
    /// <summary>The figure a money column shows: yuan as given, or yuan / 10,000 for 万元 (exact in decimal).</summary>
    public static decimal Shown(ExportColumnKind kind, decimal yuan) => kind == ExportColumnKind.MoneyWan ? PortalMoney.ToWan(yuan) : yuan;

    public static string Canonical(decimal value)
    {
        if (value == 0m)
        {
            return "0";
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>Yuan as a person expects it (two decimals), still exact when a figure has parts below the fen.</summary>
    public static string Yuan(decimal yuan) => PortalMoney.IsWholeFen(yuan) ? yuan.ToString("0.00", CultureInfo.InvariantCulture) : Canonical(yuan);

    public static string Integer(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
