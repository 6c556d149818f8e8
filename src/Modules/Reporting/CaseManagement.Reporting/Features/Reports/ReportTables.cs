using CaseManagement.Reporting.Domain.Indicators;

namespace CaseManagement.Reporting.Features.Reports;

/// <summary>Lays counts out as indicator tables, rows sorted by their values, with labels in the request's language.</summary>
public static class ReportTables
{
    public static IReadOnlyList<IndicatorTable> Build(PeriodCounts counts, IEnumerable<IndicatorDefinition> indicators) =>
        indicators.Select(definition =>
        {
            var cells = counts.ByIndicator.GetValueOrDefault(definition.Code) ?? [];
            var rows = cells.Where(c => c.Key != IndicatorCatalogue.Total && c.Value != 0)
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => Row(definition, c.Key, c.Value))
                .ToList();
            return new IndicatorTable(
                definition.Code, definition.Version, ReportingText.IndicatorName(definition.Code), ReportingText.IndicatorDefinition(definition.Code),
                definition.Counts, definition.Dimensions, definition.Dimensions.Select(ReportingText.DimensionName).ToList(),
                cells.GetValueOrDefault(IndicatorCatalogue.Total), rows);
        }).ToList();

    public static ReportRow Row(IndicatorDefinition definition, string cell, int count)
    {
        var values = definition.Dimensions.Count == 0 ? [] : cell.Split('|');
        return new ReportRow(values, Labels(definition, values), count);
    }

    public static IReadOnlyList<string> Labels(IndicatorDefinition definition, IReadOnlyList<string> values) =>
        values.Select((v, i) => i < definition.Dimensions.Count ? ReportingText.ValueLabel(definition.Dimensions[i], v) : v).ToList();
}
