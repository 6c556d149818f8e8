using CaseManagement.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.Attachments;

/// <summary><c>/api/cases/{id}/attachments</c>: upload (multipart), list and download; every call audited.</summary>
internal static class AttachmentsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var attachments = app.MapGroup("/api/cases/{id:guid}/attachments").WithTags("Cases");
        // Token-authenticated API: no cookie, so no cross-site form to guard against.
        attachments.MapPost("/", async (Guid id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? description, AttachmentsHandler handler, CancellationToken ct) =>
            {
                var added = await handler.AddAsync(id, file, description, ct);
                return TypedResults.Created($"/api/cases/{id}/attachments/{added.Id}", added);
            })
            .DisableAntiforgery().WithName("AddCaseAttachment").WithSummary("Thêm tài liệu, hình ảnh / Add a document or photo")
            .RequireAuthorization(Capabilities.CasesWrite).ProducesValidationProblem().Audited("case", "attachment-add", "id");
        attachments.MapGet("/", async (Guid id, AttachmentsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(id, ct)))
            .WithName("ListCaseAttachments").WithSummary("Tài liệu của hồ sơ / A case's documents")
            .RequireAuthorization(Capabilities.CasesRead).Audited("case", "attachment-list", "id");
        attachments.MapGet("/{attachmentId:guid}", async (Guid id, Guid attachmentId, AttachmentsHandler handler, CancellationToken ct) =>
            {
                var download = await handler.DownloadAsync(id, attachmentId, ct);
                return TypedResults.File(download.Content, download.ContentType, download.FileName);
            })
            .WithName("DownloadCaseAttachment").WithSummary("Tải tài liệu / Download a document")
            .RequireAuthorization(Capabilities.CasesRead).ProducesProblem(StatusCodes.Status403Forbidden).Audited("case", "attachment-download", "id");
    }
}
