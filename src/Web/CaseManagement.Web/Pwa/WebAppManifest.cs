using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Web.Pwa;

/// <summary><c>/manifest.webmanifest</c>: what a phone needs to install the application on its home screen (name, colours,
/// icons, where it starts). Public: the browser reads it before anyone signs in.</summary>
internal static class WebAppManifest
{
    private const string Icons = "/_content/CaseManagement.Web/icons/";

    private static readonly object Manifest = new
    {
        name = "Bảo vệ trẻ em",
        short_name = "Bảo vệ trẻ em",
        description = "Tiếp nhận, xác minh và hỗ trợ, can thiệp các trường hợp trẻ em bị xâm hại, tai nạn, thương tích (Nghị định 56/2017/NĐ-CP).",
        lang = "vi",
        dir = "ltr",
        start_url = "/",
        scope = "/",
        display = "standalone",
        background_color = "#f3f5f7",
        theme_color = "#0b5cad",
        icons = new object[]
        {
            new { src = Icons + "icon-192.png", sizes = "192x192", type = "image/png", purpose = "any" },
            new { src = Icons + "icon-512.png", sizes = "512x512", type = "image/png", purpose = "any" },
            new { src = Icons + "icon.svg", sizes = "any", type = "image/svg+xml", purpose = "any" },
        },
    };

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/manifest.webmanifest", (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=86400";
                return Results.Json(Manifest, contentType: "application/manifest+json");
            })
            .AllowAnonymous().ExcludeFromDescription();
}
