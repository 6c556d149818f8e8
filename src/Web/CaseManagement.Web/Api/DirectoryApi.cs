namespace CaseManagement.Web.Api;

public sealed record UnitRow(string Code, string Name, string Level, string? ParentCode);

/// <summary>The Directory module's endpoints the web layer uses.</summary>
public sealed class DirectoryApi(HttpClient http)
{
    /// <summary>A unit and every unit below it in force today: the places a commune's report can name.</summary>
    public async Task<IReadOnlyList<UnitRow>> PlacesAsync(string unitCode, string? unitName, CancellationToken ct)
    {
        var below = await http.GetAsync<List<UnitRow>>($"api/directory/units/{Uri.EscapeDataString(unitCode)}/descendants", ct);
        return [new UnitRow(unitCode, unitName ?? unitCode, "", null), .. below];
    }
}
