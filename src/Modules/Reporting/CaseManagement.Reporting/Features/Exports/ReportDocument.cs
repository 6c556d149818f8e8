using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.Reporting.Features.Reports;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary>Rows under their dimensions with the figures as shown, and their total: an indicator's table, or one of its
/// breakdowns (<see cref="Heading"/> names the dimensions it totals by).</summary>
public sealed record DocumentSection(
    string? Heading, IReadOnlyList<string> Dimensions, IReadOnlyList<string> DimensionNames, IReadOnlyList<ReportRow> Rows, IReadOnlyList<ShownFigure> Shown, ShownFigure Total);

/// <summary>A change of a signed figure, as shown: the figure at signing and now.</summary>
public sealed record DocumentRevision(string Cell, IReadOnlyList<string> Labels, ShownFigure AtSigning, ShownFigure Current);

/// <summary>One indicator as an export lays it out: its table, the total under 16 for a table of children, its
/// breakdowns, and for a closed period the revisions of its signed figures.</summary>
public sealed record DocumentTable(
    IndicatorTable Table, IReadOnlyList<DocumentSection> Sections, ShownFigure? TotalUnder16, IReadOnlyList<DocumentRevision> Revisions);

/// <summary>A report ready to be written as XLSX, CSV or PDF: its heading, its tables with the figures
/// as shown (suppressed or exact), the revisions beside a closed period's signed figures, and who signed it.</summary>
public sealed record ReportDocument(ReportResponse Report, IReadOnlyList<DocumentTable> Tables, bool ForPublication, int Threshold, DateOnly Today)
{
    public static ReportDocument From(ReportResponse report, bool forPublication, int threshold, DateOnly today)
    {
        var limit = forPublication ? threshold : 0;
        return new(report, report.Indicators.Select(table =>
        {
            var sections = new List<DocumentSection> { Section(null, table.Dimensions, table.DimensionNames, table.Rows, table.Total, limit) };
            sections.AddRange(table.Breakdowns.Select(b => Section(
                ReportingText.Messages.Get("export.breakdown", string.Join(" × ", b.DimensionNames)), b.Dimensions, b.DimensionNames, b.Rows, table.Total, limit)));
            var revisions = report.Revision.Where(r => r.Indicator == table.Code)
                .Select(r => new DocumentRevision(string.Join('|', r.Values), r.Labels,
                    PublicationSuppression.Alone(r.AtSigning, limit), PublicationSuppression.Alone(r.Current, limit)))
                .ToList();
            return new DocumentTable(table, sections, table.TotalUnder16 is { } under16 ? PublicationSuppression.Alone(under16, limit) : null, revisions);
        }).ToList(), forPublication, threshold, today);
    }

    private static DocumentSection Section(
        string? heading, IReadOnlyList<string> dimensions, IReadOnlyList<string> dimensionNames, IReadOnlyList<ReportRow> rows, int total, int threshold)
    {
        var (shown, shownTotal) = PublicationSuppression.Apply(rows.Select(r => r.Count).ToList(), total, threshold);
        return new DocumentSection(heading, dimensions, dimensionNames, rows, shown, shownTotal);
    }
}
