using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseManagement.Web.Api;

/// <summary>Reads and writes the API's JSON as the API writes it (camelCase, enums as names).</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> GetAsync<T>(this HttpClient http, string path, CancellationToken ct)
    {
        using var response = await http.GetAsync(path, ct);
        return await ReadAsync<T>(response, ct);
    }

    public static async Task<T> PostAsync<T>(this HttpClient http, string path, object body, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(path, body, Options, ct);
        return await ReadAsync<T>(response, ct);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiProblemException.ReadAsync(response, ct);
        }

        return (await response.Content.ReadFromJsonAsync<T>(Options, ct))!;
    }
}
