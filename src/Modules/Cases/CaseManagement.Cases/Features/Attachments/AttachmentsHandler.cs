using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Cases.Features.Attachments;

public sealed record AttachmentView(Guid Id, string FileName, string? Description, string ContentType, long Size, string UploadedBy, DateTimeOffset UploadedAt);

public sealed record AttachmentDownload(string FileName, string ContentType, byte[] Content);

/// <summary>Evidence documents and photos of a case: checked (size, type by content), sealed, listed
/// (names masked for roles that do not see identities) and downloaded only by those who do.</summary>
internal sealed class AttachmentsHandler(CaseUnitOfWork work, SensitiveData sealer, CaseActors actors, IOptions<AttachmentOptions> options)
{
    public async Task<AttachmentView> AddAsync(Guid caseId, IFormFile? file, string? description, CancellationToken ct)
    {
        var subject = await work.FindAsync(caseId, null, ct);
        if (description?.Length > 1000)
        {
            throw Field("description", CasesText.Messages.Get("field.too_long", 1000));
        }

        var (fileName, type, content) = await UploadedDocument.ReadAsync(file, options.Value.MaxBytes, new(
            CasesText.Messages["field.required"],
            CasesText.Messages.Get("attachment.too_large", options.Value.MaxBytes / (1024 * 1024)),
            CasesText.Messages["attachment.type"]), ct);
        var actor = work.Actor();
        var id = Guid.CreateVersion7();
        var attachment = CaseAttachment.Add(id, subject.Id, sealer.Seal(fileName, id), description is { Length: > 0 } ? sealer.Seal(description, id) : null,
            type, content.Length, sealer.SealBytes(content, id), actor);
        work.Db.Attachments.Add(attachment);
        work.Db.Timeline.Add(TimelineEntry.For(subject.Id, actor, "attachment-added", subject.Status, type));
        await work.Db.SaveChangesAsync(ct);
        return new AttachmentView(attachment.Id, fileName, description is { Length: > 0 } ? description : null, type, attachment.Size, actor.UserId, attachment.UploadedAt);
    }

    public async Task<IReadOnlyList<AttachmentView>> ListAsync(Guid caseId, CancellationToken ct)
    {
        await work.FindAsync(caseId, null, ct);
        var attachments = await work.Db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId)
            .Select(a => new { a.Id, a.CaseId, a.FileNameSealed, a.DescriptionSealed, a.ContentType, a.Size, a.UploadedBy, a.UploadedAt })
            .ToListAsync(ct);
        var open = actors.SeesIdentities;
        return attachments.OrderBy(a => a.UploadedAt).Select(a => new AttachmentView(
            a.Id, open ? sealer.Open(a.FileNameSealed, a.Id) : CasesText.Messages["attachment.hidden_name"],
            open && a.DescriptionSealed is { } d ? sealer.Open(d, a.Id) : null, a.ContentType, a.Size, a.UploadedBy, a.UploadedAt)).ToList();
    }

    public async Task<AttachmentDownload> DownloadAsync(Guid caseId, Guid attachmentId, CancellationToken ct)
    {
        await work.FindAsync(caseId, null, ct);
        if (!actors.SeesIdentities)
        {
            throw new ForbiddenException("attachment.forbidden", CasesText.Messages["attachment.forbidden"]);
        }

        var attachment = await work.Db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId, ct)
            ?? throw new NotFoundException("attachment.not_found", CasesText.Messages["attachment.not_found"]);
        return new AttachmentDownload(sealer.Open(attachment.FileNameSealed, attachment.Id), attachment.ContentType, sealer.OpenBytes(attachment.ContentSealed, attachment.Id));
    }

    private static RequestValidationException Field(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
