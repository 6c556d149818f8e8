using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseManagement.Demo;

/// <summary>The API as one demo user calls it: signed in with the password grant (Development only), every write checked.
/// A step that SupportInterventions refuses while its copy of the case catches up (409 <c>case.still_updating</c>) is sent
/// again after a moment.</summary>
internal sealed class DemoApi(HttpClient http, TimeProvider clock) : IDisposable
{
    public const string ClientId = "casemanagement-dev";

    public static async Task<DemoApi> SignInAsync(Uri address, string userName, string password, TimeProvider clock, CancellationToken ct)
    {
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        using var token = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = ClientId, ["username"] = userName, ["password"] = password, ["scope"] = "casemanagement.api",
        }), ct);
        token.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync(ct));
        http.DefaultRequestHeaders.Authorization = new("Bearer", body.RootElement.GetProperty("access_token").GetString());
        return new DemoApi(http, clock);
    }

    /// <summary>An instant <paramref name="hours"/> before now, as the API reads it.</summary>
    public string HoursAgo(double hours) => clock.GetUtcNow().AddHours(-hours).ToString("o", CultureInfo.InvariantCulture);

    /// <summary>The day in Vietnam <paramref name="days"/> from today (negative: before), as the API reads it.</summary>
    public string Day(int days) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<JsonElement> GetAsync(string path, CancellationToken ct) => await http.GetFromJsonAsync<JsonElement>(path, ct);

    public Task<JsonElement> PostAsync(string path, object body, CancellationToken ct) =>
        SendAsync(path, body, 20, (status, text) => status == HttpStatusCode.Conflict && text.Contains("case.still_updating", StringComparison.Ordinal), ct);

    /// <summary>Sent again for up to a minute while refused: right after start, a module may not know yet what another has
    /// just created (the commune's units, the accounts).</summary>
    public Task<JsonElement> PostOnceReadyAsync(string path, object body, CancellationToken ct) =>
        SendAsync(path, body, 120, (status, _) => (int)status is >= 400 and < 500, ct);

    private async Task<JsonElement> SendAsync(string path, object body, int attempts, Func<HttpStatusCode, string, bool> retry, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await http.PostAsJsonAsync(path, body, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode)
            {
                return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
            }

            if (attempt == attempts || !retry(response.StatusCode, text))
            {
                throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }

    /// <summary>A step of the Cases module's procedure, sent with the case's current version.</summary>
    public async Task StepAsync(Guid caseId, string path, Func<int, object> body, CancellationToken ct)
    {
        var version = (await GetAsync($"api/cases/{caseId}", ct)).GetProperty("version").GetInt32();
        await PostAsync($"api/cases/{caseId}/{path}", body(version), ct);
    }

    public void Dispose() => http.Dispose();
}
