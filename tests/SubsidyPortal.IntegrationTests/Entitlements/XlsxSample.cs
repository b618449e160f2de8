using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SubsidyPortal.IntegrationTests.Entitlements;

/// <summary>Builds a small workbook with the Open XML SDK: strings shared, numbers plain, DateOnly as date-styled serials.</summary>
public static class XlsxSample
{
    public static byte[] Build(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var strings = 0;
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    switch (rows[r][c])
                    {
                        case null:
                            continue;
                        case string text:
                            shared.SharedStringTable.AppendChild(new SharedStringItem(new Text(text)));
                            row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings++.ToString(CultureInfo.InvariantCulture)) });
                            break;
                        case DateOnly date:
                            row.AppendChild(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) });
                            break;
                        case bool flag:
                            row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") });
                            break;
                        case IFormattable number:
                            row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(number.ToString(null, CultureInfo.InvariantCulture)) });
                            break;
                    }
                }

                data.AppendChild(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "名单" }));
        }

        return stream.ToArray();
    }
}
