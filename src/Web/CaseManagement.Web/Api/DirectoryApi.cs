namespace CaseManagement.Web.Api;

public sealed record UnitRow(string Code, string Name, string Level, string? ParentCode);

/// <summary>A service an organisation offers to an area, <see cref="Distance"/> 0 for the commune itself, 1 for its district…</summary>
public sealed record ServiceOffer(Guid ServiceId, string Type, string Name, Guid OrganisationId, string OrganisationName, int? Distance);

public sealed record OrganisationRow(Guid Id, string Name, string Type, string UnitCode);

/// <summary>The Directory module's endpoints the web layer uses.</summary>
public sealed class DirectoryApi(HttpClient http)
{
    /// <summary>A unit and every unit below it in force today: the places a commune's report can name.</summary>
    public async Task<IReadOnlyList<UnitRow>> PlacesAsync(string unitCode, string? unitName, CancellationToken ct)
    {
        var below = await http.GetAsync<List<UnitRow>>($"api/directory/units/{Uri.EscapeDataString(unitCode)}/descendants", ct);
        return [new UnitRow(unitCode, unitName ?? unitCode, "", null), .. below];
    }

    /// <summary>The services reachable from a commune, nearest first: the providers a plan can name.</summary>
    public Task<List<ServiceOffer>> ServicesAsync(string unitCode, CancellationToken ct) =>
        http.GetAsync<List<ServiceOffer>>($"api/directory/services?unitCode={Uri.EscapeDataString(unitCode)}", ct);

    /// <summary>The organisations of some types whose unit is the commune or above it (its district, its province).</summary>
    public async Task<IReadOnlyList<OrganisationRow>> AboveAsync(string unitCode, IReadOnlyList<string> types, CancellationToken ct)
    {
        var above = await http.GetAsync<List<UnitRow>>($"api/directory/units/{Uri.EscapeDataString(unitCode)}/ancestors", ct);
        List<string> chain = [unitCode, .. above.Select(u => u.Code)]; // nearest first
        var found = new List<OrganisationRow>();
        foreach (var type in types)
        {
            found.AddRange(await http.GetAsync<List<OrganisationRow>>($"api/directory/organisations?type={type}", ct));
        }

        // Nearest first: the commune's own, then the district's, then the province's.
        return [.. found.Where(o => chain.Contains(o.UnitCode)).OrderBy(o => chain.IndexOf(o.UnitCode)).ThenBy(o => o.Name)];
    }
}
