namespace CaseManagement.Web.Api;

public sealed record UnitRow(string Code, string Name, string Level, string? ParentCode);

/// <summary>A service an organisation offers to an area, <see cref="Distance"/> 0 for the commune itself, 1 for its district…</summary>
public sealed record ServiceOffer(Guid ServiceId, string Type, string Name, Guid OrganisationId, string OrganisationName, int? Distance);

public sealed record StaffRow(Guid Id, string FullName, Guid OrganisationId, string UnitCode, string? Position, string Function, string? Phone, string? Email)
{
    /// <summary>The commune's child-protection officer or its chair (or a vice-chair): who takes up a report there.</summary>
    public bool TakesReports => Function is "ChildProtectionOfficer" or "CommuneChair" or "CommuneViceChair";
}

/// <summary>A person to call and the office they work in.</summary>
public sealed record Contact(string FullName, string? Position, string? Phone, string? Office);

public sealed record OrganisationContactRow(string? Address, string? Phone, string? Email, string? ContactPerson, string? Hours);

public sealed record OrganisationRow(Guid Id, string Name, string Type, string UnitCode, OrganisationContactRow? Contact = null);

/// <summary>The Directory module's endpoints the web layer uses.</summary>
public sealed class DirectoryApi(HttpClient http)
{
    /// <summary>A unit and every unit below it in force today: the places a report can name. Below a province, where many
    /// communes have a "Tổ dân phố 1", a village is named with its commune.</summary>
    public async Task<IReadOnlyList<UnitRow>> PlacesAsync(string unitCode, string? unitName, CancellationToken ct)
    {
        var below = await http.GetAsync<List<UnitRow>>($"api/directory/units/{Uri.EscapeDataString(unitCode)}/descendants", ct);
        var communes = below.Where(u => u.Level == "commune").ToDictionary(u => u.Code, u => u.Name);
        if (communes.Count > 1)
        {
            below = [.. below.Select(u => u.ParentCode is { } parent && communes.TryGetValue(parent, out var commune) ? u with { Name = $"{u.Name} · {commune}" } : u)];
        }

        return [new UnitRow(unitCode, unitName ?? unitCode, "", null), .. below];
    }

    /// <summary>Whom to call about a report in a commune: its child-protection officers and its chair or vice-chairs, each
    /// with their own telephone or, when the Directory has none, their office's.</summary>
    public async Task<IReadOnlyList<Contact>> ContactsAsync(string communeCode, CancellationToken ct)
    {
        var code = Uri.EscapeDataString(communeCode);
        var staff = http.GetAsync<List<StaffRow>>($"api/directory/staff?unitCode={code}", ct);
        var offices = (await http.GetAsync<List<OrganisationRow>>($"api/directory/organisations?unitCode={code}", ct)).ToDictionary(o => o.Id);
        return [.. (await staff).Where(s => s.TakesReports).Select(s => new Contact(
            s.FullName, s.Position, s.Phone ?? offices.GetValueOrDefault(s.OrganisationId)?.Contact?.Phone, offices.GetValueOrDefault(s.OrganisationId)?.Name))];
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
