using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary>
/// Writes a report as a workbook laid out like a Vietnamese state report: the national heading, the
/// title, unit and period, then for each indicator its heading, a header row (dimensions, count),
/// one row per cell and the total, and at the end the date and the signature block.
/// </summary>
public static class XlsxReport
{
    private const uint Plain = 0;
    private const uint Bold = 1;

    public static byte[] Write(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = workbook.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            sheetPart.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 48, CustomWidth = true },
                new Column { Min = 2, Max = 6, Width = 22, CustomWidth = true }), data);
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "BaoCao" });
            foreach (var row in Rows(document))
            {
                data.Append(row);
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The sheet's rows, numbered from 1, each a list of (value, bold) cells from column A.</summary>
    private static IEnumerable<Row> Rows(ReportDocument document)
    {
        uint number = 0;
        Row Line(params (object? Value, bool Bold)[] cells) => MakeRow(++number, cells);
        var report = document.Report;
        var text = ReportingText.Messages;
        yield return Line((text["export.nation"], true));
        yield return Line((text["export.motto"], true));
        yield return Line();
        yield return Line((text["export.title"], true));
        yield return Line((text.Get("export.unit", report.Unit.Name, report.Unit.Code), false));
        yield return Line((text.Get("export.period", report.Period.Key, Day(report.Period.From), Day(report.Period.To)), false));
        yield return Line((document.ForPublication ? text.Get("export.publication", document.Threshold) : text["export.internal"], false));
        if (report.Revision.Count > 0)
        {
            yield return Line((text.Get("export.revision", report.Revision.Count), true));
        }

        foreach (var table in document.Tables)
        {
            yield return Line();
            yield return Line((text.Get("export.indicator", table.Table.Code, table.Table.Name), true));
            // Labels fill the first columns (at least one, for the total's label); the count follows them.
            var labelColumns = Math.Max(1, table.Table.DimensionNames.Count);
            yield return Line(Pad(table.Table.DimensionNames.Select(n => ((object?)n, true)), labelColumns).Append((text["export.count"], true)).ToArray());
            for (var i = 0; i < table.Rows.Count; i++)
            {
                yield return Line(Pad(table.Table.Rows[i].Labels.Select(l => ((object?)l, false)), labelColumns).Append((Figure(table.Rows[i]), false)).ToArray());
            }

            yield return Line(Pad([(text["export.total"], true)], labelColumns).Append((Figure(table.Total), true)).ToArray());
        }

        yield return Line();
        yield return Line((null, false), (null, false), (text.Get("export.place_date", document.Today.Day, document.Today.Month, document.Today.Year), false));
        yield return Line((text["export.prepared_by"], true), (null, false), (text["export.head"], true));
        yield return Line((null, false), (null, false),
            (report.Closure is { } closure ? $"{closure.SignerTitle}: {closure.SignerName} ({text.Get("export.signed", Day(DateOnly.FromDateTime(closure.ClosedAt.ToOffset(TimeSpan.FromHours(7)).DateTime)))})" : text["export.not_signed"], false));
    }

    private static IEnumerable<(object? Value, bool Bold)> Pad(IEnumerable<(object? Value, bool Bold)> cells, int width)
    {
        var list = cells.ToList();
        return list.Concat(Enumerable.Repeat(((object?)null, false), Math.Max(0, width - list.Count)));
    }

    /// <summary>A shown figure: a number when exact, text ("&lt;5") when suppressed.</summary>
    private static object Figure(ShownFigure figure) => figure.Suppressed ? figure.Text : figure.Count;

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

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
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat { FontId = 0 }, new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
