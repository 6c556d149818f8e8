using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace CaseManagement.Web.Api;

/// <summary>The code lists the API serves with an entity tag, kept per language: each use asks the API whether they changed
/// (If-None-Match) and reads them again only when they did, so that a page does not parse the same lists every time.</summary>
public sealed class ReferenceDataCache
{
    private readonly ConcurrentDictionary<(string Path, string Language), (string Tag, object Value)> entries = new();

    public async Task<T> GetAsync<T>(HttpClient http, string path, CancellationToken ct)
        where T : class
    {
        var key = (path, CultureInfo.CurrentUICulture.Name);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (entries.TryGetValue(key, out var known))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", known.Tag);
        }

        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.NotModified && known.Value is T unchanged)
        {
            return unchanged;
        }

        var value = await ApiJson.ReadAsync<T>(response, ct);
        if (response.Headers.ETag is { } tag)
        {
            entries[key] = (tag.ToString(), value);
        }

        return value;
    }
}
