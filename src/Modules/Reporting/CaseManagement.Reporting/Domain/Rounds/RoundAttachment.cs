namespace CaseManagement.Reporting.Domain.Rounds;

/// <summary>An evidence document (văn bản minh chứng) of a unit's answer. The name and the content are
/// sealed like a case's documents: a decision or a list of staff can name people.</summary>
public sealed class RoundAttachment
{
    private RoundAttachment()
    {
    }

    public Guid Id { get; private set; }

    public Guid RoundId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public string FileNameSealed { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public byte[] ContentSealed { get; private set; } = [];

    public string UploadedBy { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public static RoundAttachment Add(Guid id, Guid roundId, string unitCode, string fileNameSealed, string contentType, long size,
        byte[] contentSealed, string by, DateTimeOffset at) => new()
        {
            Id = id,
            RoundId = roundId,
            UnitCode = unitCode,
            FileNameSealed = fileNameSealed,
            ContentType = contentType,
            Size = size,
            ContentSealed = contentSealed,
            UploadedBy = by,
            UploadedAt = at,
        };
}
