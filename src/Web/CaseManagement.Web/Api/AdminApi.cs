namespace CaseManagement.Web.Api;

public sealed record UserRow(Guid Id, string UserName, string FullName, string UnitCode, IReadOnlyList<string> Roles, bool LockedOut, DateTimeOffset? LockoutEnd);

/// <summary>The Identity module's administration endpoints the web layer uses.</summary>
public sealed class AdminApi(HttpClient http)
{
    /// <summary>The accounts of a unit and the units below it.</summary>
    public Task<List<UserRow>> UsersAsync(string unitCode, CancellationToken ct) =>
        http.GetAsync<List<UserRow>>($"api/identity/users?unitCode={Uri.EscapeDataString(unitCode)}&includeSubunits=true", ct);

    public async Task LockAsync(Guid id, bool locked, CancellationToken ct)
    {
        using var response = await http.PostAsync($"api/identity/users/{id}/{(locked ? "lock" : "unlock")}", null, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiProblemException.ReadAsync(response, ct);
        }
    }
}
