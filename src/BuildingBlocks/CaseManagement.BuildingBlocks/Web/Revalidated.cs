using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>Reference data (code lists) with an entity tag of its bytes: a caller that has them already is answered 304 with
/// no body. Private (the lists come in the caller's language, some configured per province) and revalidated on every use,
/// so a change is seen at once.</summary>
public static class Revalidated
{
    public static IResult Json<T>(HttpContext context, T value)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var tag = new EntityTagHeaderValue("\"" + Convert.ToHexString(SHA256.HashData(body), 0, 16) + "\"");
        var headers = context.Response.Headers;
        headers.ETag = tag.ToString();
        headers.CacheControl = "private, no-cache";
        headers.Vary = "Accept-Language";
        return EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var known) && known.Any(k => k.Compare(tag, useStrongComparison: false))
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, "application/json; charset=utf-8");
    }
}
