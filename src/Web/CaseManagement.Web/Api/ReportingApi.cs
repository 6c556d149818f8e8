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

/// <summary>The Reporting module's endpoints the web layer uses.</summary>
public sealed class ReportingApi(HttpClient http)
{
    public Task<Dashboard> DashboardAsync(string? unit, string? indicator, int months, CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["unit"] = unit, ["indicator"] = indicator, ["months"] = months.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return http.GetAsync<Dashboard>(QueryHelpers.AddQueryString("api/reporting/dashboard", query.Where(p => !string.IsNullOrEmpty(p.Value))!), ct);
    }
}
