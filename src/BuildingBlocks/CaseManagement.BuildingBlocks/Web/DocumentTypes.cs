using System.IO.Compression;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>The document types cases and reporting rounds accept, recognised by their content (never by the name or the
/// type the browser claims): PDF, JPEG, PNG, and Word or Excel documents, a ZIP counting as one only when it holds
/// that kind of document's main part.</summary>
public static class DocumentTypes
{
    private const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Excel = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string? Recognise(byte[] content, string fileName)
    {
        ReadOnlySpan<byte> head = content;
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
                ".docx" when HoldsParts(content, "word/document.xml") => Word,
                ".xlsx" when HoldsParts(content, "xl/workbook.xml") => Excel,
                _ => null,
            };
        }

        return null;
    }

    /// <summary>The name to keep: as given, with the extension of the type its content was recognised as.</summary>
    public static string NameFor(string fileName, string contentType)
    {
        var extension = contentType switch
        {
            "application/pdf" => ".pdf",
            "image/jpeg" => Path.GetExtension(fileName).ToLowerInvariant() is ".jpeg" ? ".jpeg" : ".jpg",
            "image/png" => ".png",
            Word => ".docx",
            Excel => ".xlsx",
            _ => Path.GetExtension(fileName),
        };
        return string.Equals(Path.GetExtension(fileName), extension, StringComparison.OrdinalIgnoreCase)
            ? fileName
            : Path.GetFileNameWithoutExtension(fileName) + extension;
    }

    private static bool HoldsParts(byte[] content, string mainPart)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry(mainPart) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
