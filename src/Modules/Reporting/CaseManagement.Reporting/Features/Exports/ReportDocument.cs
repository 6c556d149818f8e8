using CaseManagement.Reporting.Features.Reports;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary>One indicator as an export lays it out.</summary>
public sealed record DocumentTable(IndicatorTable Table, IReadOnlyList<ShownFigure> Rows, ShownFigure Total);

/// <summary>A report ready to be written as XLSX, CSV or PDF: its heading, its tables with the figures
/// as shown (suppressed or exact), and who signed it when the period is closed.</summary>
public sealed record ReportDocument(ReportResponse Report, IReadOnlyList<DocumentTable> Tables, bool ForPublication, int Threshold, DateOnly Today)
{
    public static ReportDocument From(ReportResponse report, bool forPublication, int threshold, DateOnly today) =>
        new(report, report.Indicators.Select(table =>
        {
            var (rows, total) = forPublication ? PublicationSuppression.Apply(table, threshold) : PublicationSuppression.Exact(table);
            return new DocumentTable(table, rows, total);
        }).ToList(), forPublication, threshold, today);
}
