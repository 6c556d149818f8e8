using CaseManagement.Web.Account;
using CaseManagement.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Web.Components.Pages.Record;

/// <summary><c>GET /cases/{id}/documents/{documentId}</c>: a case's document, streamed from the API with the user's token
/// (a page cannot answer a file). Never cached: it is about a child.</summary>
internal static class DocumentDownload
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/cases/{id:guid}/documents/{documentId:guid}", async (Guid id, Guid documentId, DocumentsApi documents, HttpContext context) =>
            {
                HttpResponseMessage answer;
                try
                {
                    answer = await documents.DownloadAsync(id, documentId, context.RequestAborted);
                }
                catch (ApiProblemException problem)
                {
                    return Results.StatusCode((int)problem.Status);
                }

                context.Response.RegisterForDispose(answer);
                context.Response.Headers.CacheControl = "no-store";
                var name = answer.Content.Headers.ContentDisposition?.FileNameStar ?? answer.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "document";
                return Results.Stream(
                    await answer.Content.ReadAsStreamAsync(context.RequestAborted), answer.Content.Headers.ContentType?.ToString(), name);
            })
            .RequireAuthorization(WebAuthentication.Policy).ExcludeFromDescription();
}
