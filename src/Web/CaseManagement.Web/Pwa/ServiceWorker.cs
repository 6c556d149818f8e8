using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Web.Pwa;

/// <summary><c>/sw.js</c>: the service worker that keeps the report form for use offline. Served from the root (a worker
/// controls only the paths below its own), revalidated on each visit, and versioned by this build so that a new release
/// replaces the pages and assets it kept.</summary>
internal static class ServiceWorker
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var assembly = typeof(ServiceWorker).Assembly;
        using var stream = assembly.GetManifestResourceStream("CaseManagement.Web.Pwa.sw.js")
            ?? throw new InvalidOperationException("The service worker is not embedded in the web assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("{{version}}", assembly.ManifestModule.ModuleVersionId.ToString("N")[..12], StringComparison.Ordinal);
    });

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/sw.js", (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-cache";
                context.Response.Headers["Service-Worker-Allowed"] = "/";
                return Results.Text(Script.Value, "text/javascript; charset=utf-8");
            })
            .AllowAnonymous().ExcludeFromDescription();
}
