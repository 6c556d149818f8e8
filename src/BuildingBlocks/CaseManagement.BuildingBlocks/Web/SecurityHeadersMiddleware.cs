using Microsoft.AspNetCore.Http;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>Headers every response carries: no sniffing, no framing, no referrer leaking case ids,
/// and a strict content policy (the pages are server-rendered with inline styles only). Answers of the
/// API are never stored by a browser or a proxy: they hold what a child's file holds.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!context.Request.Path.StartsWithSegments("/scalar"))
            {
                headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
            }

            // API answers are not kept by browsers or proxies, unless an endpoint says how its answer may be (the code
            // lists, revalidated by their entity tag: reference data, nothing about a child).
            if (context.Request.Path.StartsWithSegments("/api") && string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
