using System.Globalization;
using System.Text;
using CsvHelper;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary>Writes a report as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the
/// Vietnamese): one line per cell with the indicator, the cell's codes and labels and the figure as shown.</summary>
public static class CsvReport
{
    public static byte[] Write(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { "unit", "period", "indicator", "indicator_name", "cell", "labels", "count" })
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var table in document.Tables)
            {
                for (var i = 0; i < table.Rows.Count; i++)
                {
                    Line(csv, document, table, string.Join('|', table.Table.Rows[i].Values), string.Join(" | ", table.Table.Rows[i].Labels), table.Rows[i].Text);
                }

                Line(csv, document, table, "*", ReportingText.Messages["export.total"], table.Total.Text);
            }
        }

        return stream.ToArray();
    }

    private static void Line(CsvWriter csv, ReportDocument document, DocumentTable table, string cell, string labels, string count)
    {
        csv.WriteField(document.Report.Unit.Code);
        csv.WriteField(document.Report.Period.Key);
        csv.WriteField(table.Table.Code);
        csv.WriteField(table.Table.Name);
        csv.WriteField(cell);
        csv.WriteField(labels);
        csv.WriteField(count);
        csv.NextRecord();
    }
}
