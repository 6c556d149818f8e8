using System.Net.Http.Json;

namespace CaseManagement.Web.Api;

public sealed record MeUnit(string Code, string? Name);

public sealed record MeStaff(Guid StaffId, string FullName, string Function, Guid OrganisationId);

public sealed record Me(
    string Id, string? UserName, string? FullName, MeUnit? Unit, IReadOnlyList<string> Roles, IReadOnlyList<string> Capabilities, MeStaff? Staff,
    int UnreadNotifications = 0)
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

    /// <summary>The caller's notices, the latest first, a page of 20.</summary>
    public Task<Paged<NoticeRow>> NotificationsAsync(int page, CancellationToken ct) =>
        http.GetAsync<Paged<NoticeRow>>($"api/identity/notifications?page={Math.Max(page, 1)}&pageSize=20", ct);

    public async Task ReadNotificationAsync(Guid id, CancellationToken ct)
    {
        using var response = await http.PostAsync($"api/identity/notifications/{id}/read", null, ct);
        if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.NotFound)
        {
            throw await ApiProblemException.ReadAsync(response, ct);
        }
    }

    public Task<NoticeSettings> NoticeSettingsAsync(CancellationToken ct) => http.GetAsync<NoticeSettings>("api/identity/me/notification-settings", ct);

    public async Task<NoticeSettings> SetNoticeSettingsAsync(NoticeSettings settings, CancellationToken ct)
    {
        using var response = await http.PutAsJsonAsync("api/identity/me/notification-settings", settings, ApiJson.Options, ct);
        return await ApiJson.ReadAsync<NoticeSettings>(response, ct);
    }

    public async Task ReadAllNotificationsAsync(CancellationToken ct)
    {
        using var response = await http.PostAsync("api/identity/notifications/read-all", null, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiProblemException.ReadAsync(response, ct);
        }
    }
}

/// <summary>Whether one's notices also go by e-mail, and to which address.</summary>
public sealed record NoticeSettings(string? Email, bool EmailNotifications);

/// <summary>A notice: what to do, on which case (by number), since when; unread while <see cref="ReadAt"/> is empty.</summary>
public sealed record NoticeRow(
    Guid Id, string Kind, string Title, Guid CaseId, string? CaseNumber, Guid? SubjectId, string UnitCode, DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    /// <summary>Where the work is: the referral for the police and providers, the offer for a transfer, else the case.</summary>
    public string Target => Kind switch
    {
        "referral-to-acknowledge" when SubjectId is { } referral => $"/police/referrals/{referral}",
        "service-referral-to-answer" when SubjectId is { } referral => $"/provider/referrals/{referral}",
        "transfer-offered" => $"/transfers/{CaseId}",
        _ => $"/cases/{CaseId}",
    };
}
