using System.Net;
using System.Text.Json;

namespace CaseManagement.Web.Api;

/// <summary>An API answer other than success, as the page shows it: the status, the title and detail in the
/// user's language, field errors by field name, and the problem's code (e.g. a stale version).</summary>
public sealed class ApiProblemException(HttpStatusCode status, string? title, string? detail, string? code, IReadOnlyDictionary<string, string[]> errors)
    : Exception(detail ?? title ?? status.ToString())
{
    public HttpStatusCode Status { get; } = status;

    public string? Title { get; } = title;

    public string? Detail { get; } = detail;

    public string? Code { get; } = code;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public bool IsConflict => Status == HttpStatusCode.Conflict;

    public static async Task<ApiProblemException> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        string? title = null, detail = null, code = null;
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json")
        {
            try
            {
                using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
                var root = body.RootElement;
                title = Text(root, "title");
                detail = Text(root, "detail");
                code = Text(root, "code");
                if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in fields.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? [.. field.Value.EnumerateArray().Select(e => e.GetString() ?? "")]
                            : [field.Value.ToString()];
                    }
                }
            }
            catch (JsonException)
            {
                // Not a problem document after all: the status speaks for itself.
            }
        }

        return new ApiProblemException(response.StatusCode, title, detail, code, errors);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
