using Microsoft.AspNetCore.Http;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>A document sent with a request (form field "file"), read whole and typed by its content
/// (<see cref="DocumentTypes"/>); a missing, too large or unaccepted file is a field error in the
/// module's own words.</summary>
public sealed record UploadedDocument(string FileName, string ContentType, byte[] Content)
{
    /// <summary>What the caller reads when the file is missing, larger than allowed, or of a type not accepted.</summary>
    public sealed record Refusals(string Missing, string TooLarge, string TypeNotAccepted);

    public static async Task<UploadedDocument> ReadAsync(IFormFile? file, long maxBytes, Refusals refusals, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            throw Refused(refusals.Missing);
        }

        if (file.Length > maxBytes)
        {
            throw Refused(refusals.TooLarge);
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, ct);
        }

        var fileName = Path.GetFileName(file.FileName);
        var type = DocumentTypes.Recognise(content, fileName) ?? throw Refused(refusals.TypeNotAccepted);
        return new UploadedDocument(DocumentTypes.NameFor(fileName, type), type, content);
    }

    private static RequestValidationException Refused(string message) => new(new Dictionary<string, string[]> { ["file"] = [message] });
}
