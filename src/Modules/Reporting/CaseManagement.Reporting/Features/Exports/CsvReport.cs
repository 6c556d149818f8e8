using System.Globalization;
using System.Text;
using CaseManagement.Reporting.Domain.Indicators;
using CsvHelper;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary>Writes a report as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Vietnamese):
/// one line per cell with the indicator, the cell's codes ("*" where a breakdown totals over a dimension) and
/// labels and the figure as shown; then the totals; for a closed period, a "revision" line for each figure
/// changed since signing, with the figure at signing beside the current one.</summary>
public static class CsvReport
{
    private static readonly string[] Header = ["unit", "period", "indicator", "indicator_name", "kind", "cell", "labels", "count", "at_signing"];

    public static byte[] Write(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in Header)
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            var text = ReportingText.Messages;
            foreach (var table in document.Tables)
            {
                foreach (var section in table.Sections)
                {
                    for (var i = 0; i < section.Rows.Count; i++)
                    {
                        var row = section.Rows[i];
                        var cell = section.Heading is null ? string.Join('|', row.Values) : MarginCell(table, section, row);
                        Line(csv, document, table, "figure", cell, string.Join(" | ", row.Labels), section.Shown[i].Text, "");
                    }
                }

                Line(csv, document, table, "figure", IndicatorCatalogue.Total, text["export.total"], table.Sections[0].Total.Text, "");
                if (table.TotalUnder16 is { } under16)
                {
                    Line(csv, document, table, "figure", IndicatorCatalogue.TotalUnder16, text["export.total_under16"], under16.Text, "");
                }

                foreach (var revision in table.Revisions)
                {
                    Line(csv, document, table, "revision", revision.Cell, string.Join(" | ", revision.Labels), revision.Current.Text, revision.AtSigning.Text);
                }
            }
        }

        return stream.ToArray();
    }

    /// <summary>A breakdown row's cell as Reporting keeps it: its values in their dimensions' places, "*" in the others'.</summary>
    private static string MarginCell(DocumentTable table, DocumentSection section, Reports.ReportRow row) =>
        string.Join('|', table.Table.Dimensions.Select(d => section.Dimensions.ToList().IndexOf(d) is >= 0 and var i ? row.Values[i] : IndicatorCatalogue.AllValues));

    private static void Line(CsvWriter csv, ReportDocument document, DocumentTable table, string kind, string cell, string labels, string count, string atSigning)
    {
        foreach (var field in new[] { document.Report.Unit.Code, document.Report.Period.Key, table.Table.Code, table.Table.Name, kind, cell, labels, count, atSigning })
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
    }
}
