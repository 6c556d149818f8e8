using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary>A one-sheet workbook in Times New Roman (the state documents' typeface) from lines of
/// (value, bold) cells: an <see cref="int"/> is written as a number, anything else as text.</summary>
public static class Workbook
{
    private const uint Plain = 0;
    private const uint Bold = 1;

    public static byte[] Write(string sheetName, IEnumerable<(object? Value, bool Bold)[]> lines, double firstColumnWidth, double otherColumnsWidth)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = workbook.AddWorkbookPart();
            workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            sheetPart.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = firstColumnWidth, CustomWidth = true },
                new Column { Min = 2, Max = 30, Width = otherColumnsWidth, CustomWidth = true }), data);
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName });
            uint number = 0;
            foreach (var line in lines)
            {
                data.Append(MakeRow(++number, line));
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row MakeRow(uint number, (object? Value, bool Bold)[] cells)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Length; i++)
        {
            var (value, bold) = cells[i];
            if (value is null)
            {
                continue;
            }

            var cell = new Cell { CellReference = Column(i) + number.ToString(CultureInfo.InvariantCulture), StyleIndex = bold ? Bold : Plain };
            if (value is int count)
            {
                cell.DataType = CellValues.Number;
                cell.CellValue = new CellValue(count);
            }
            else
            {
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture)!) { Space = SpaceProcessingModeValues.Preserve });
            }

            row.Append(cell);
        }

        return row;
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));

    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new DocumentFormat.OpenXml.Spreadsheet.Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat { FontId = 0 }, new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
