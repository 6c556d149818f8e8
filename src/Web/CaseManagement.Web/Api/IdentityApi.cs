namespace CaseManagement.Web.Api;

public sealed record MeUnit(string Code, string? Name);

public sealed record MeStaff(Guid StaffId, string FullName, string Function, Guid OrganisationId);

public sealed record Me(string Id, string? UserName, string? FullName, MeUnit? Unit, IReadOnlyList<string> Roles, IReadOnlyList<string> Capabilities, MeStaff? Staff)
{
    public bool Can(string capability) => Capabilities.Contains(capability);

    public bool IsIn(string role) => Roles.Contains(role);
}

public sealed record Colleague(Guid Id, string FullName, IReadOnlyList<string> Roles);

/// <summary>The Identity module's endpoints the web layer uses.</summary>
public sealed class IdentityApi(HttpClient http)
{
    public Task<Me> MeAsync(CancellationToken ct) => http.GetAsync<Me>("api/identity/me", ct);

    /// <summary>The people of the caller's unit (names and roles), to pick a case's assignee from.</summary>
    public Task<List<Colleague>> ColleaguesAsync(CancellationToken ct) => http.GetAsync<List<Colleague>>("api/identity/colleagues", ct);
}
