using System.Globalization;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary>
/// A report laid out like a Vietnamese state report, as a workbook or a PDF: the national heading,
/// the title, unit and period, then for each indicator its heading, a header row (dimensions,
/// count), one row per cell and the total, and at the end the date and the signature block.
/// </summary>
public static class StateReportLayout
{
    public static byte[] Xlsx(ReportDocument document) => Workbook.Write("BaoCao", Lines(document), 48, 22);

    /// <param name="fontFolder"><c>Reporting:Pdf:FontFolder</c>, searched first for the typeface.</param>
    public static byte[] Pdf(ReportDocument document, string? fontFolder)
    {
        PdfFonts.EnsureInstalled(fontFolder);
        return PdfLines.Write(ReportingText.Messages["export.title"], Lines(document), 48, 22);
    }

    /// <summary>The sheet's lines, each a list of (value, bold) cells from column A.</summary>
    private static IEnumerable<(object? Value, bool Bold)[]> Lines(ReportDocument document)
    {
        static (object? Value, bool Bold)[] Line(params (object? Value, bool Bold)[] cells) => cells;
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
            foreach (var section in table.Sections)
            {
                if (section.Heading is { } heading)
                {
                    yield return Line((heading, true));
                }

                // Labels fill the first columns (at least one, for the total's label); the count follows them.
                var labelColumns = Math.Max(1, section.DimensionNames.Count);
                yield return Line(Pad(section.DimensionNames.Select(n => ((object?)n, true)), labelColumns).Append((text["export.count"], true)).ToArray());
                for (var i = 0; i < section.Rows.Count; i++)
                {
                    yield return Line(Pad(section.Rows[i].Labels.Select(l => ((object?)l, false)), labelColumns).Append((Figure(section.Shown[i]), false)).ToArray());
                }

                yield return Line(Pad([(text["export.total"], true)], labelColumns).Append((Figure(section.Total), true)).ToArray());
                if (section.Heading is null && table.TotalUnder16 is { } under16)
                {
                    yield return Line(Pad([(text["export.total_under16"], true)], labelColumns).Append((Figure(under16), true)).ToArray());
                }
            }

            if (table.Revisions.Count > 0)
            {
                // Beside the signed figures, never in place of them: each changed figure at signing and now.
                var labelColumns = Math.Max(1, table.Table.DimensionNames.Count);
                yield return Line((text["export.revision_heading"], true));
                yield return Line(Pad(table.Table.DimensionNames.Select(n => ((object?)n, true)), labelColumns)
                    .Append((text["export.at_signing"], true)).Append((text["export.current"], true)).ToArray());
                foreach (var revision in table.Revisions)
                {
                    yield return Line(Pad(revision.Labels.Select(l => ((object?)l, false)), labelColumns)
                        .Append((Figure(revision.AtSigning), false)).Append((Figure(revision.Current), false)).ToArray());
                }
            }
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
}
