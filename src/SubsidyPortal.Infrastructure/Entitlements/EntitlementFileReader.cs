using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.Infrastructure.Entitlements;

/// <summary>One data row of a list: its spreadsheet row number (header = 1) and its cells, one per header.</summary>
public sealed record EntitlementFileRow(int RowNumber, IReadOnlyList<string> Cells);

/// <summary>A list read whole: the header row and the data rows.</summary>
public sealed record EntitlementFile(EntitlementFileKind Kind, IReadOnlyList<string> Headers, IReadOnlyList<EntitlementFileRow> Rows);

public enum EntitlementFileKind
{
    Csv,
    Xlsx,
}

/// <summary>A file refused before anything is saved; <see cref="Code"/> has a message in MoneyMessages.</summary>
public sealed class EntitlementFileException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// Reads a 免申即享 list: CSV (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 — what Chinese Excel saves)
/// or the first worksheet of an XLSX (streamed, shared strings, numbers, Excel dates). The kind is decided by the
/// content; the name's extension must agree. Limits keep one upload from exhausting the server.
/// </summary>
public static class EntitlementFileReader
{
    public const long MaxBytes = 10L * 1024 * 1024;
    public const int MaxDataRows = 50_000;
    public const int MaxColumns = 200;
    public const int MaxCellLength = 2_000;

    static EntitlementFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static EntitlementFile Read(byte[] content, string fileName)
    {
        if (content.Length == 0)
        {
            throw Refuse("entitlement.file-empty");
        }

        if (content.Length > MaxBytes)
        {
            throw Refuse("entitlement.file-too-large");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var kind = Detect(content);
        if (kind is null || extension is not (".csv" or ".xlsx" or ".txt"))
        {
            throw Refuse("entitlement.file-type-unknown");
        }

        if ((kind == EntitlementFileKind.Xlsx) != (extension == ".xlsx"))
        {
            throw Refuse("entitlement.file-type-mismatch");
        }

        var rows = kind == EntitlementFileKind.Xlsx ? ReadXlsx(content) : ReadCsv(content);
        return Shape(kind.Value, rows);
    }

    /// <summary>XLSX is a zip with a workbook part; text is anything without NUL bytes (or with a UTF-16 BOM).</summary>
    private static EntitlementFileKind? Detect(byte[] content)
    {
        if (content.Length >= 4 && content[0] == 0x50 && content[1] == 0x4B && content[2] == 0x03 && content[3] == 0x04)
        {
            try
            {
                using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
                return zip.GetEntry("xl/workbook.xml") is not null ? EntitlementFileKind.Xlsx : null;
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }

        if (content.Length >= 2 && (content[0], content[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            return EntitlementFileKind.Csv;
        }

        var probe = content.AsSpan(0, Math.Min(content.Length, 64 * 1024));
        return probe.Contains((byte)0) ? null : EntitlementFileKind.Csv;
    }

    public static string Decode(byte[] content)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            return new UTF8Encoding(false).GetString(content, 3, content.Length - 3);
        }

        if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        }

        if (content.Length >= 2 && content[0] == 0xFE && content[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Chinese Excel's "CSV" is GBK, which GB18030 contains.
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }

    /// <summary>RFC 4180: comma-separated (tab when the header has tabs and no commas), "" inside quotes, line breaks in quotes.</summary>
    public static List<(int RowNumber, List<string> Cells)> ReadCsv(byte[] content)
    {
        var text = Decode(content);
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\r', '\n']) is var n and >= 0 ? n : text.Length));
        var separator = !firstLine.Contains(',') && firstLine.Contains('\t') ? '\t' : ',';
        var rows = new List<(int, List<string>)>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var record = 1;
        var i = 0;

        void EndCell()
        {
            if (cell.Length > MaxCellLength)
            {
                throw Refuse("entitlement.file-cell-too-long");
            }

            row.Add(cell.ToString());
            cell.Clear();
            if (row.Count > MaxColumns)
            {
                throw Refuse("entitlement.file-too-many-columns");
            }
        }

        void EndRow()
        {
            EndCell();
            rows.Add((record++, row));
            if (rows.Count > MaxDataRows + 1)
            {
                throw Refuse("entitlement.file-too-many-rows");
            }

            row = [];
        }

        while (i < text.Length)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }

                i++;
                continue;
            }

            switch (ch)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    EndRow();
                    break;
                case '\n':
                    EndRow();
                    break;
                default:
                    if (ch == separator)
                    {
                        EndCell();
                    }
                    else
                    {
                        cell.Append(ch);
                    }

                    break;
            }

            i++;
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            EndRow();
        }

        return rows;
    }

    /// <summary>The first worksheet, streamed: shared strings, inline strings, numbers, booleans and date-formatted numbers.</summary>
    public static List<(int RowNumber, List<string> Cells)> ReadXlsx(byte[] content)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            var workbook = document.WorkbookPart ?? throw Refuse("entitlement.file-unreadable");
            var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
                        ?? throw Refuse("entitlement.file-no-header");
            var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
            var shared = SharedStrings(workbook);
            var dateStyles = DateStyles(workbook);
            var rows = new List<(int, List<string>)>();

            using var reader = OpenXmlReader.Create(sheet);
            var rowNumber = 0;
            List<string>? row = null;
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                    rowNumber = int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : rowNumber + 1;
                    row = [];
                    rows.Add((rowNumber, row));
                    if (rows.Count > MaxDataRows + 1)
                    {
                        throw Refuse("entitlement.file-too-many-rows");
                    }
                }
                else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && row is not null)
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : row.Count;
                    if (column >= MaxColumns)
                    {
                        throw Refuse("entitlement.file-too-many-columns");
                    }

                    while (row.Count < column)
                    {
                        row.Add(string.Empty);
                    }

                    var text = CellText(cell, shared, dateStyles);
                    if (text.Length > MaxCellLength)
                    {
                        throw Refuse("entitlement.file-cell-too-long");
                    }

                    if (row.Count == column)
                    {
                        row.Add(text);
                    }
                }
            }

            return rows;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or InvalidOperationException or FileFormatException or KeyNotFoundException)
        {
            throw Refuse("entitlement.file-unreadable");
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                // Plain text, or rich-text runs; phonetic (furigana) runs are not the cell's text.
                strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(run => run.Text?.Text)));
            }
        }

        return strings;
    }

    /// <summary>Style indexes whose number format shows a date (built-in 14–22, 45–47, or a custom y/m/d format).</summary>
    private static HashSet<int> DateStyles(WorkbookPart workbook)
    {
        var result = new HashSet<int>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return result;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];
        var index = 0;
        foreach (var format in formats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || custom.TryGetValue(id, out var code) && LooksLikeDate(code))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool LooksLikeDate(string code)
    {
        // Ignore quoted literals and [colour]/[locale] sections; a date format has a y or d (m alone may be minutes).
        var plain = new StringBuilder();
        var inQuotes = false;
        var inBrackets = false;
        foreach (var ch in code)
        {
            if (ch == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && ch == '[')
            {
                inBrackets = true;
            }
            else if (!inQuotes && ch == ']')
            {
                inBrackets = false;
            }
            else if (!inQuotes && !inBrackets)
            {
                plain.Append(char.ToLowerInvariant(ch));
            }
        }

        var text = plain.ToString();
        return text.Contains('y') || text.Contains('d');
    }

    private static string CellText(Cell cell, List<string> shared, HashSet<int> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.Text?.Text ?? string.Concat(cell.InlineString?.Elements<Run>().Select(r => r.Text?.Text) ?? []);
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Date)
        {
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
                ? iso.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : raw;
        }

        if ((type is null || type == CellValues.Number) && raw.Length > 0
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            if (cell.StyleIndex?.Value is { } style && dateStyles.Contains((int)style) && number is >= 1 and < 2958466)
            {
                return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(number))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            // What Excel shows: 15 significant digits, no binary noise (0.1 + 0.2 is 0.3), no exponent.
            var shown = decimal.Parse(number.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
            return shown.ToString(CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>"C12" → 2.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z')
            {
                break;
            }

            index = index * 26 + (ch - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>
    /// Drops blank rows, takes the first row as the header (refused when it looks like data: a cell that is a
    /// valid USCC, or no text at all) and pads or trims each data row to the header's width.
    /// </summary>
    private static EntitlementFile Shape(EntitlementFileKind kind, List<(int RowNumber, List<string> Cells)> raw)
    {
        var rows = raw.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (rows.Count == 0)
        {
            throw Refuse("entitlement.file-empty");
        }

        var header = rows[0].Cells.Select(c => c.Trim()).ToList();
        while (header.Count > 0 && header[^1].Length == 0)
        {
            header.RemoveAt(header.Count - 1);
        }

        if (header.Count == 0 || header.Any(h => UnifiedSocialCreditCode.TryParse(h, out _) is null)
            || header.All(h => h.Length == 0 || decimal.TryParse(h, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            throw Refuse("entitlement.file-no-header");
        }

        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length == 0)
            {
                header[i] = string.Create(CultureInfo.InvariantCulture, $"列{i + 1}");
            }
        }

        var data = rows.Skip(1).ToList();
        if (data.Count == 0)
        {
            throw Refuse("entitlement.file-no-rows");
        }

        if (data.Count > MaxDataRows)
        {
            throw Refuse("entitlement.file-too-many-rows");
        }

        var shaped = data.Select(r => new EntitlementFileRow(
                r.RowNumber,
                Enumerable.Range(0, header.Count).Select(i => i < r.Cells.Count ? r.Cells[i].Trim() : string.Empty).ToList()))
            .ToList();
        return new EntitlementFile(kind, header, shaped);
    }

    private static EntitlementFileException Refuse(string code) =>
        new(code, Application.Validation.ValidationText.Get(code));
}
