using Microsoft.AspNetCore.WebUtilities;

namespace CaseManagement.Web.Api;

public sealed record ReportUnit(string Code, string Name, string? Level);

public sealed record LabelledCount(string Code, string Label, int Count);

public sealed record MonthFigure(string Month, int Total);

public sealed record UnitFigure(string Code, string Name, int Total);

/// <summary>A unit's figures at a glance: open cases by step, limits overdue now by rule, an indicator month by month,
/// and that indicator in the current half-year for each unit directly below.</summary>
public sealed record Dashboard(
    ReportUnit Unit, IReadOnlyList<LabelledCount> OpenByStatus, IReadOnlyList<LabelledCount> OverdueByRule, string Indicator,
    IReadOnlyList<MonthFigure> Trend, string HalfYear, IReadOnlyList<UnitFigure> UnitsBelow);

public sealed record ReportRow(IReadOnlyList<string> Values, IReadOnlyList<string> Labels, int Count);

public sealed record BreakdownTable(IReadOnlyList<string> Dimensions, IReadOnlyList<string> DimensionNames, IReadOnlyList<ReportRow> Rows);

/// <summary>An indicator's table; its total counts each child (case, event) once.</summary>
public sealed record IndicatorTable(
    string Code, int Version, string Name, string Definition, IReadOnlyList<string> Dimensions, IReadOnlyList<string> DimensionNames,
    int Total, int? TotalUnder16, IReadOnlyList<ReportRow> Rows, IReadOnlyList<BreakdownTable> Breakdowns);

public sealed record ReportPeriod(string Key, string Kind, DateOnly From, DateOnly To);

public sealed record RevisionLine(string Indicator, IReadOnlyList<string> Values, IReadOnlyList<string> Labels, int AtSigning, int Current);

public sealed record Closure(DateTimeOffset ClosedAt, string ClosedBy, string SignerName, string SignerTitle);

/// <summary>A unit's report for a period; a closed period's figures are the signed ones, with what changed since beside them.</summary>
public sealed record Report(ReportUnit Unit, ReportPeriod Period, IReadOnlyList<IndicatorTable> Indicators, Closure? Closure, IReadOnlyList<RevisionLine> Revision);

/// <summary>The Reporting module's endpoints the web layer uses.</summary>
public sealed class ReportingApi(HttpClient http)
{
    public Task<Dashboard> DashboardAsync(string? unit, string? indicator, int months, CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["unit"] = unit, ["indicator"] = indicator, ["months"] = months.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return http.GetAsync<Dashboard>(QueryHelpers.AddQueryString("api/reporting/dashboard", query.Where(p => !string.IsNullOrEmpty(p.Value))!), ct);
    }

    public Task<Report> ReportAsync(string period, string? unit, CancellationToken ct) =>
        http.GetAsync<Report>(QueryHelpers.AddQueryString("api/reporting/reports", Query(period, unit)), ct);

    /// <summary>The API's export (XLSX, PDF or CSV), to be streamed on to the browser (the caller disposes it).</summary>
    public async Task<HttpResponseMessage> ExportAsync(string period, string? unit, string format, bool publication, CancellationToken ct)
    {
        var query = Query(period, unit);
        query["format"] = format;
        query["publication"] = publication ? "true" : "false";
        var response = await http.GetAsync(QueryHelpers.AddQueryString("api/reporting/reports/export", query), HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ApiProblemException.ReadAsync(response, ct);
            }
        }

        return response;
    }

    private static Dictionary<string, string?> Query(string period, string? unit)
    {
        var query = new Dictionary<string, string?> { ["period"] = period };
        if (!string.IsNullOrEmpty(unit))
        {
            query["unit"] = unit;
        }

        return query;
    }
}
