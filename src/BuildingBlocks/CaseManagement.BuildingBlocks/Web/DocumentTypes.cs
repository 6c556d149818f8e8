namespace CaseManagement.BuildingBlocks.Web;

/// <summary>The document types cases and reporting rounds accept, recognised by their first bytes (never by the name or the
/// type the browser claims): PDF, JPEG, PNG, and Word or Excel documents.</summary>
public static class DocumentTypes
{
    public static string? Recognise(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _ => null,
            };
        }

        return null;
    }
}
