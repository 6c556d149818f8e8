using CaseManagement.Reporting.Domain.Indicators;

namespace CaseManagement.Reporting.Features.Reports;

/// <summary>Lays counts out as indicator tables, rows sorted by their values, with labels in the request's language:
/// the cells of the table, its totals, and its margins (<see cref="Breakdowns"/>) as tables of their own.</summary>
public static class ReportTables
{
    /// <param name="breakdowns">False for a month, whose breakdowns are not kept (months serve trends).</param>
    public static IReadOnlyList<IndicatorTable> Build(PeriodCounts counts, IEnumerable<IndicatorDefinition> indicators, bool breakdowns = true) =>
        indicators.Select(definition =>
        {
            var cells = counts.ByIndicator.GetValueOrDefault(definition.Code) ?? [];
            var parsed = cells.Where(c => c.Value != 0 && c.Key is not (IndicatorCatalogue.Total or IndicatorCatalogue.TotalUnder16))
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => (Values: definition.Dimensions.Count == 0 ? [] : c.Key.Split('|'), Count: c.Value))
                .Select(c => (c.Values, c.Count, Margin: MarginKey(Breakdowns.MarginOfCell(c.Values))))
                .ToList();
            var rows = parsed.Where(c => c.Margin is null).Select(c => new ReportRow(c.Values, Labels(definition, c.Values), c.Count)).ToList();
            var margins = (breakdowns ? definition.Margins : []).Select(margin =>
            {
                var key = MarginKey(margin);
                var dimensions = margin.Select(i => definition.Dimensions[i]).ToList();
                var marginRows = parsed.Where(c => c.Margin == key).Select(c =>
                {
                    var values = margin.Select(i => c.Values[i]).ToList();
                    return new ReportRow(values, values.Select((v, i) => ReportingText.ValueLabel(dimensions[i], v)).ToList(), c.Count);
                });
                return new BreakdownTable(dimensions, dimensions.Select(ReportingText.DimensionName).ToList(), marginRows.ToList());
            }).ToList();
            return new IndicatorTable(
                definition.Code, definition.Version, ReportingText.IndicatorName(definition.Code), ReportingText.IndicatorDefinition(definition.Code),
                definition.Counts, definition.Dimensions, definition.Dimensions.Select(ReportingText.DimensionName).ToList(),
                cells.GetValueOrDefault(IndicatorCatalogue.Total),
                definition.Counts == CountOf.Children ? cells.GetValueOrDefault(IndicatorCatalogue.TotalUnder16) : null,
                rows, margins);
        }).ToList();

    /// <summary>A cell as a row: its values and their labels ("*" a total over that dimension, the totals labelled as such).</summary>
    public static ReportRow Row(IndicatorDefinition definition, string cell, int count)
    {
        if (cell is IndicatorCatalogue.Total or IndicatorCatalogue.TotalUnder16)
        {
            return new ReportRow([cell], [ReportingText.Messages[cell == IndicatorCatalogue.Total ? "export.total" : "export.total_under16"]], count);
        }

        var values = definition.Dimensions.Count == 0 ? [] : cell.Split('|');
        return new ReportRow(values, Labels(definition, values), count);
    }

    public static IReadOnlyList<string> Labels(IndicatorDefinition definition, IReadOnlyList<string> values) =>
        values.Select((v, i) => v == IndicatorCatalogue.AllValues ? ReportingText.Messages["export.all"]
            : i < definition.Dimensions.Count ? ReportingText.ValueLabel(definition.Dimensions[i], v) : v).ToList();

    private static string? MarginKey(IReadOnlyList<int>? margin) => margin is null ? null : string.Join(',', margin);
}
