using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseManagement.IntegrationTests.Infrastructure;

public static class HttpExtensions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Task<HttpResponseMessage> ImportUnitsAsync(this HttpClient client, string csv) =>
        client.PostAsync("/api/directory/units/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    /// <summary>Awaits the request, asserts its status (showing the answer when it differs) and reads the body.</summary>
    public static async Task<T> ExpectAsync<T>(this Task<HttpResponseMessage> sending, System.Net.HttpStatusCode expected)
    {
        using var response = await sending;
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} instead of {(int)expected}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<T>();
    }

    /// <summary>Awaits the request and asserts its status.</summary>
    public static async Task ExpectStatusAsync(this Task<HttpResponseMessage> sending, System.Net.HttpStatusCode expected)
    {
        using var response = await sending;
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} instead of {(int)expected}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Awaits the request and asserts a ProblemDetails answer with the status and the problem's code.</summary>
    public static async Task ExpectProblemAsync(this Task<HttpResponseMessage> sending, System.Net.HttpStatusCode expected, string code)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} instead of {(int)expected}: {body}");
        Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync();
    }

    /// <summary>The field errors of a validation problem, by field.</summary>
    public static Dictionary<string, string[]> Errors(this JsonElement problem) =>
        problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>(Json)!;
}
