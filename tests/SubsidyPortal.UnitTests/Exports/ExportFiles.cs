using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SubsidyPortal.Infrastructure.Exports;

namespace SubsidyPortal.UnitTests.Exports;

/// <summary>A cell as read back from a written workbook: its type attribute (t, e.g. inlineStr; null for a number), text, style's number format and boldness.</summary>
internal sealed record SheetCell(string Reference, string? Type, string Text, string? NumberFormat, bool Bold);

/// <summary>Writes tables through the real writers and reads the files back: XLSX with the Open XML SDK, CSV with an RFC 4180 parser.</summary>
internal static class ExportFiles
{
    public static async Task<byte[]> XlsxAsync(ExportTable table)
    {
        using var stream = new MemoryStream();
        await XlsxExportWriter.WriteAsync(table, stream);
        return stream.ToArray();
    }

    public static async Task<byte[]> CsvAsync(ExportTable table, bool includeTitle = true)
    {
        using var stream = new MemoryStream();
        await CsvExportWriter.WriteAsync(table, stream, includeTitle);
        return stream.ToArray();
    }

    /// <summary>Every non-empty cell of the first worksheet, by row number.</summary>
    public static SortedDictionary<int, List<SheetCell>> ReadSheet(byte[] xlsx, out Worksheet worksheet)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        var codes = stylesheet.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var sheet = workbook.WorksheetParts.Single();
        worksheet = (Worksheet)sheet.Worksheet.CloneNode(true);
        var rows = new SortedDictionary<int, List<SheetCell>>();
        foreach (var row in worksheet.Descendants<Row>())
        {
            var cells = new List<SheetCell>();
            foreach (var cell in row.Elements<Cell>())
            {
                var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
                var id = format.NumberFormatId?.Value ?? 0;
                var code = codes.TryGetValue(id, out var custom) ? custom : id switch { 0 => "General", 1 => "0", 4 => "#,##0.00", 49 => "@", _ => $"builtin {id}" };
                var bold = fonts[(int)(format.FontId?.Value ?? 0)].Bold is not null;
                var text = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;
                cells.Add(new SheetCell(cell.CellReference!.Value!, cell.DataType?.InnerText, text, code, bold));
            }

            rows[(int)row.RowIndex!.Value] = cells;
        }

        return rows;
    }

    public static SortedDictionary<int, List<SheetCell>> ReadSheet(byte[] xlsx) => ReadSheet(xlsx, out _);

    public static SheetCell Cell(this SortedDictionary<int, List<SheetCell>> rows, string reference)
    {
        var row = int.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
        return rows[row].Single(c => c.Reference == reference);
    }

    /// <summary>RFC 4180: fields split on commas, quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.</summary>
    public static List<List<string>> ParseCsv(byte[] csv)
    {
        Assert.True(csv.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "CSV must start with the UTF-8 byte-order mark");
        var text = new UTF8Encoding(false, true).GetString(csv, 3, csv.Length - 3);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else if (text[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r')
            {
                Assert.Equal('\n', text[i + 1]);
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', text[i]); // a bare LF outside quotes would be a broken record
                field.Append(text[i++]);
            }
        }

        Assert.True(record.Count == 0 && field.Length == 0, "the last record must end with CRLF");
        return records;
    }
}
