using System.Text;

namespace SubsidyPortal.Infrastructure.Exports;

/// <summary>
/// Writes an <see cref="ExportTable"/> as CSV (RFC 4180): UTF-8 with a byte-order mark so Excel reads Chinese
/// correctly, CRLF line ends, fields quoted when they hold a comma, quote or line break. Text that a spreadsheet
/// would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe. Amounts are the
/// exact invariant decimals (万元 columns yuan / 10,000; yuan columns with two decimals). Account numbers (digit
/// columns) are written as ="…" so Excel keeps every digit and leading zero. Rows are written as read,
/// asynchronously, so the destination may be an HTTP response body.
/// </summary>
public static class CsvExportWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding Utf8NoMark = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="includeTitle">Write the title and unit line above the header (for people); false gives a file
    /// that starts with the header row (for systems that import it).</param>
    public static async Task WriteAsync(ExportTable table, Stream destination, bool includeTitle = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(destination);
        await destination.WriteAsync(ByteOrderMark, cancellationToken);
        await using var writer = new StreamWriter(destination, Utf8NoMark, bufferSize: 1 << 16, leaveOpen: true);
        var line = new StringBuilder(256);
        var columns = table.Columns;

        if (includeTitle)
        {
            AppendText(line, table.Title);
            await EndLineAsync(writer, line, cancellationToken);
            if (table.UnitLine is not null)
            {
                AppendText(line, table.UnitLine);
                await EndLineAsync(writer, line, cancellationToken);
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            if (c > 0)
            {
                line.Append(',');
            }

            AppendText(line, columns[c].Header);
        }

        await EndLineAsync(writer, line, cancellationToken);

        var reader = new ExportRowReader(table);
        await foreach (var row in reader.ReadAsync(cancellationToken))
        {
            AppendRow(line, columns, row);
            await EndLineAsync(writer, line, cancellationToken);
        }

        if (reader.TotalsRow() is { } totals)
        {
            AppendRow(line, columns, totals);
            await EndLineAsync(writer, line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One field as this writer puts it in the file: guarded against formulas, then quoted when needed.</summary>
    public static string Field(string text)
    {
        var builder = new StringBuilder(text.Length + 3);
        AppendText(builder, text);
        return builder.ToString();
    }

    private static void AppendRow(StringBuilder line, IReadOnlyList<ExportColumn> columns, ExportCell[] row)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            if (c > 0)
            {
                line.Append(',');
            }

            var cell = row[c];
            switch (cell.Type)
            {
                case ExportCellType.Empty:
                    break;
                case ExportCellType.Text when columns[c].Kind == ExportColumnKind.Digits && IsDigits(cell.Text):
                    // ="…" is a constant Excel shows as text: no digit is lost and nothing is computed.
                    line.Append("\"=\"\"").Append(cell.Text).Append("\"\"\"");
                    break;
                case ExportCellType.Text:
                    AppendText(line, cell.Text);
                    break;
                case ExportCellType.Integer:
                    line.Append(ExportNumbers.Integer(cell.Number));
                    break;
                case ExportCellType.Amount when columns[c].Kind == ExportColumnKind.MoneyWan:
                    line.Append(ExportNumbers.Canonical(ExportNumbers.Shown(ExportColumnKind.MoneyWan, cell.Number)));
                    break;
                case ExportCellType.Amount:
                    line.Append(ExportNumbers.Yuan(cell.Number));
                    break;
                case ExportCellType.Date:
                    line.Append(ExportNumbers.Date(cell.Date));
                    break;
            }
        }
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static void AppendText(StringBuilder line, string text)
    {
        var guarded = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        var quoted = text.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (quoted)
        {
            line.Append('"');
        }

        if (guarded)
        {
            line.Append('\'');
        }

        if (quoted)
        {
            line.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal));
            line.Append('"');
        }
        else
        {
            line.Append(text);
        }
    }

    private static async Task EndLineAsync(StreamWriter writer, StringBuilder line, CancellationToken cancellationToken)
    {
        line.Append("\r\n");
        await writer.WriteAsync(line, cancellationToken);
        line.Clear();
    }
}
