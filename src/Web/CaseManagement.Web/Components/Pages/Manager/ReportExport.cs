using CaseManagement.Web.Account;
using CaseManagement.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Web.Components.Pages.Manager;

/// <summary><c>GET /statistics/export</c>: a report as XLSX, PDF or CSV, streamed from the API with the user's token. The
/// publication choice (small counts as "&lt;5") is the user's, made on the page; nothing is assumed.</summary>
internal static class ReportExport
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/statistics/export", async (string? period, string? unit, string? format, bool? publication, ReportingApi reporting, HttpContext context) =>
            {
                if (string.IsNullOrEmpty(period) || format is not ("xlsx" or "pdf" or "csv") || publication is null)
                {
                    return Results.BadRequest();
                }

                HttpResponseMessage answer;
                try
                {
                    answer = await reporting.ExportAsync(period, unit, format, publication.Value, context.RequestAborted);
                }
                catch (ApiProblemException problem)
                {
                    return Results.StatusCode((int)problem.Status);
                }

                context.Response.RegisterForDispose(answer);
                context.Response.Headers.CacheControl = "no-store";
                var name = answer.Content.Headers.ContentDisposition?.FileNameStar ?? answer.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? $"bao-cao.{format}";
                return Results.Stream(await answer.Content.ReadAsStreamAsync(context.RequestAborted), answer.Content.Headers.ContentType?.ToString(), name);
            })
            .RequireAuthorization(WebAuthentication.Policy).ExcludeFromDescription();
}
