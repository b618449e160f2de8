using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SubsidyPortal.Infrastructure.Exports;

/// <summary>
/// Writes an <see cref="ExportTable"/> as one XLSX worksheet with the Open XML SDK's SAX-style
/// <see cref="OpenXmlWriter"/>: rows go out as they are read, no DOM of the sheet is built. Layout: the title in
/// row 1 (merged across the columns), the unit line under it, a bold frozen header, the rows, then the bold 合计 row.
/// Numbers are numeric cells whose text is the decimal's exact invariant string; text is inline strings (no
/// shared-string table, so memory does not grow with distinct names), which Excel never evaluates as formulas.
/// </summary>
public static class XlsxExportWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Style indexes into the cellXfs written by BuildStylesheet, in this order.
    private const uint StyleTitle = 1;
    private const uint StyleHeader = 2;
    private const uint StyleInteger = 3;
    private const uint StyleText = 4;
    private const uint StyleWan = 5;
    private const uint StyleYuan = 6;
    private const uint StyleDate = 7;
    private const uint StyleTotalLabel = 8;
    private const uint StyleTotalWan = 9;
    private const uint StyleTotalYuan = 10;

    private const uint FormatWan = 164; // #,##0.00####: 2 to 6 decimals, so every fen of a 万元 figure shows
    private const uint FormatDate = 165;
    private const uint BuiltInInteger = 1; // 0
    private const uint BuiltInYuan = 4; // #,##0.00
    private const uint BuiltInText = 49; // @

    private static readonly DateOnly SerialEpoch = new(1899, 12, 30);

    /// <summary>
    /// Writes the workbook to <paramref name="destination"/>. The SDK's package (System.IO.Packaging) must read and
    /// seek its stream, so a stream that cannot (an HTTP response body) gets the file through a temporary file that
    /// deletes itself on close; a seekable one (a file, a MemoryStream) is written directly and left open.
    /// </summary>
    public static async Task WriteAsync(ExportTable table, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(destination);
        if (destination is { CanSeek: true, CanRead: true, CanWrite: true })
        {
            await WritePackageAsync(table, destination, cancellationToken);
            return;
        }

        await using var temporary = CreateTemporaryFile();
        await WritePackageAsync(table, temporary, cancellationToken);
        temporary.Position = 0;
        await temporary.CopyToAsync(destination, cancellationToken);
    }

    /// <summary>A read/write file under the temp folder that the operating system removes when it is closed.</summary>
    public static FileStream CreateTemporaryFile() =>
        new(Path.Combine(Path.GetTempPath(), $"subsidyportal-export-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, bufferSize: 1 << 16, FileOptions.DeleteOnClose);

    private static async Task WritePackageAsync(ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        // Note: System.IO.Packaging keeps each part's uncompressed XML in memory until the package closes (zip update
        // mode), so memory grows with the sheet's XML (tens of MB for 100,000 lines), not with a DOM of cells.
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = BuildStylesheet();
            stylesPart.Stylesheet.Save();

            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(worksheetPart))
            {
                await WriteSheetAsync(table, writer, cancellationToken);
            }

            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView()),
                new Sheets(new Sheet { Name = SheetName(table.SheetName), SheetId = 1, Id = workbookPart.GetIdOfPart(worksheetPart) }));
            workbookPart.Workbook.Save();
            document.PackageProperties.Title = table.Title;
            document.PackageProperties.Creator = "SubsidyPortal";
        }

        await stream.FlushAsync(cancellationToken);
    }

    private static async Task WriteSheetAsync(ExportTable table, OpenXmlWriter writer, CancellationToken cancellationToken)
    {
        var columns = table.Columns;
        var letters = columns.Select((_, i) => ColumnLetters(i)).ToArray();
        var headerRow = table.UnitLine is null ? 2u : 3u;
        var sheet = new SheetWriter(writer, letters);

        writer.WriteStartElement(new Worksheet());

        // Frozen header: everything above the first data row stays on screen while scrolling.
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { TabSelected = true, WorkbookViewId = 0 });
        writer.WriteElement(new Pane
        {
            VerticalSplit = headerRow,
            TopLeftCell = $"A{headerRow + 1}",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        });
        writer.WriteElement(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{headerRow + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{headerRow + 1}" } });
        writer.WriteEndElement();
        writer.WriteEndElement();

        // Widths must precede the data, so they come from the column definitions, not from the values.
        writer.WriteStartElement(new Columns());
        for (var c = 0; c < columns.Count; c++)
        {
            writer.WriteElement(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Width(columns[c]), CustomWidth = true });
        }

        writer.WriteEndElement();

        writer.WriteStartElement(new SheetData());
        sheet.StartRow(1, height: 24);
        sheet.Text(0, table.Title, StyleTitle);
        sheet.EndRow();
        if (table.UnitLine is not null)
        {
            sheet.StartRow(2);
            sheet.Text(0, table.UnitLine, 0);
            sheet.EndRow();
        }

        sheet.StartRow(headerRow);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Text(c, columns[c].Header, StyleHeader);
        }

        sheet.EndRow();

        var reader = new ExportRowReader(table);
        var rowNumber = headerRow;
        await foreach (var row in reader.ReadAsync(cancellationToken))
        {
            sheet.StartRow(++rowNumber);
            WriteCells(sheet, columns, row, total: false);
            sheet.EndRow();
        }

        if (reader.TotalsRow() is { } totals)
        {
            sheet.StartRow(++rowNumber);
            WriteCells(sheet, columns, totals, total: true);
            sheet.EndRow();
        }

        writer.WriteEndElement(); // sheetData

        if (columns.Count > 1)
        {
            writer.WriteStartElement(new MergeCells { Count = table.UnitLine is null ? 1u : 2u });
            writer.WriteElement(new MergeCell { Reference = $"A1:{letters[^1]}1" });
            if (table.UnitLine is not null)
            {
                writer.WriteElement(new MergeCell { Reference = $"A2:{letters[^1]}2" });
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement(); // worksheet
    }

    private static void WriteCells(SheetWriter sheet, IReadOnlyList<ExportColumn> columns, ExportCell[] row, bool total)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = row[c];
            switch (cell.Type)
            {
                case ExportCellType.Empty:
                    break;
                case ExportCellType.Text:
                    sheet.Text(c, cell.Text, total ? StyleTotalLabel : StyleText);
                    break;
                case ExportCellType.Integer:
                    sheet.Number(c, ExportNumbers.Integer(cell.Number), StyleInteger);
                    break;
                case ExportCellType.Amount:
                    var kind = columns[c].Kind;
                    var style = kind == ExportColumnKind.MoneyWan ? (total ? StyleTotalWan : StyleWan) : (total ? StyleTotalYuan : StyleYuan);
                    sheet.Number(c, ExportNumbers.Canonical(ExportNumbers.Shown(kind, cell.Number)), style);
                    break;
                case ExportCellType.Date:
                    sheet.Number(c, (cell.Date.DayNumber - SerialEpoch.DayNumber).ToString(CultureInfo.InvariantCulture), StyleDate);
                    break;
            }
        }
    }

    private static double Width(ExportColumn column)
    {
        if (column.Width is { } width)
        {
            return width;
        }

        var byKind = column.Kind switch
        {
            ExportColumnKind.Integer => 8,
            ExportColumnKind.Text or ExportColumnKind.Digits => 30,
            ExportColumnKind.Date => 12,
            _ => 18,
        };

        // A CJK character is about two digit-widths wide; leave room for the bold header.
        var header = column.Header.Sum(ch => ch > 0x2E7F ? 2 : 1) + 2;
        return Math.Max(byKind, header);
    }

    internal static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static string SheetName(string name)
    {
        var cleaned = new string(name.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim('\'');
        cleaned = cleaned.Length > 31 ? cleaned[..31] : cleaned;
        return cleaned.Length == 0 ? "Sheet1" : cleaned;
    }

    private static Stylesheet BuildStylesheet() =>
        new(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = FormatWan, FormatCode = "#,##0.00####" },
                new NumberingFormat { NumberFormatId = FormatDate, FormatCode = "yyyy-mm-dd" })
            { Count = 2 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "宋体" }))
            { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0 },
                new CellFormat { NumberFormatId = 0, FontId = 2, ApplyFont = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { NumberFormatId = 0, FontId = 1, ApplyFont = true, ApplyAlignment = true },
                new CellFormat { NumberFormatId = BuiltInInteger, FontId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = BuiltInText, FontId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = FormatWan, FontId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = BuiltInYuan, FontId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = FormatDate, FontId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 0, FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = FormatWan, FontId = 1, ApplyNumberFormat = true, ApplyFont = true },
                new CellFormat { NumberFormatId = BuiltInYuan, FontId = 1, ApplyNumberFormat = true, ApplyFont = true })
            { Count = 11 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>Writes rows and cells as elements with attribute lists, reusing the element prototypes and one list.</summary>
    private sealed class SheetWriter(OpenXmlWriter writer, string[] letters)
    {
        private static readonly OpenXmlAttribute PreserveSpace = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
        private readonly Row _row = new();
        private readonly Cell _cell = new();
        private readonly CellValue _value = new();
        private readonly InlineString _inline = new();
        private readonly Text _text = new();
        private readonly List<OpenXmlAttribute> _attributes = new(4);
        private string _rowNumber = "1";

        public void StartRow(uint number, double? height = null)
        {
            _rowNumber = number.ToString(CultureInfo.InvariantCulture);
            _attributes.Clear();
            _attributes.Add(new OpenXmlAttribute("r", string.Empty, _rowNumber));
            if (height is { } h)
            {
                _attributes.Add(new OpenXmlAttribute("ht", string.Empty, h.ToString(CultureInfo.InvariantCulture)));
                _attributes.Add(new OpenXmlAttribute("customHeight", string.Empty, "1"));
            }

            writer.WriteStartElement(_row, _attributes);
        }

        public void EndRow() => writer.WriteEndElement();

        public void Number(int column, string value, uint style)
        {
            StartCell(column, style, type: null);
            writer.WriteStartElement(_value);
            writer.WriteString(value);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        public void Text(int column, string value, uint style)
        {
            var safe = XmlSafe(value);
            StartCell(column, style, type: "inlineStr");
            writer.WriteStartElement(_inline);
            _attributes.Clear();
            if (safe.Length > 0 && (char.IsWhiteSpace(safe[0]) || char.IsWhiteSpace(safe[^1])))
            {
                _attributes.Add(PreserveSpace);
            }

            writer.WriteStartElement(_text, _attributes);
            writer.WriteString(safe);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        private void StartCell(int column, uint style, string? type)
        {
            _attributes.Clear();
            _attributes.Add(new OpenXmlAttribute("r", string.Empty, string.Concat(letters[column], _rowNumber)));
            if (style != 0)
            {
                _attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
            }

            if (type is not null)
            {
                _attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
            }

            writer.WriteStartElement(_cell, _attributes);
        }

        /// <summary>Drops characters XML 1.0 cannot carry (control characters other than tab and line breaks).</summary>
        private static string XmlSafe(string value)
        {
            var firstBad = -1;
            for (var i = 0; i < value.Length; i++)
            {
                if (!Valid(value, i))
                {
                    firstBad = i;
                    break;
                }
            }

            if (firstBad < 0)
            {
                return value;
            }

            var builder = new System.Text.StringBuilder(value.Length);
            builder.Append(value, 0, firstBad);
            for (var i = firstBad; i < value.Length; i++)
            {
                if (Valid(value, i))
                {
                    builder.Append(value[i]);
                }
            }

            return builder.ToString();
        }

        private static bool Valid(string value, int i)
        {
            var ch = value[i];
            if (char.IsHighSurrogate(ch))
            {
                return i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            }

            if (char.IsLowSurrogate(ch))
            {
                return i > 0 && char.IsHighSurrogate(value[i - 1]);
            }

            return XmlConvert.IsXmlChar(ch);
        }
    }
}
