namespace CaseManagement.Cases.Domain;

/// <summary>An evidence document or photo of a case. Its name, description and content are sealed
/// (a file name often names the child); its type and size are kept in the clear for the limits.</summary>
public sealed class CaseAttachment
{
    private CaseAttachment()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string FileNameSealed { get; private set; } = "";

    public string? DescriptionSealed { get; private set; }

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public byte[] ContentSealed { get; private set; } = [];

    public string UploadedBy { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public static CaseAttachment Add(
        Guid id, Guid caseId, string fileNameSealed, string? descriptionSealed, string contentType, long size, byte[] contentSealed, Actor actor) => new()
    {
        Id = id, CaseId = caseId, FileNameSealed = fileNameSealed, DescriptionSealed = descriptionSealed, ContentType = contentType, Size = size,
        ContentSealed = contentSealed, UploadedBy = actor.UserId, UploadedAt = actor.At.ToUniversalTime(),
    };
}
