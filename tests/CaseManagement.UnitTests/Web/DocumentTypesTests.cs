using System.IO.Compression;
using CaseManagement.BuildingBlocks.Web;

namespace CaseManagement.UnitTests.Web;

public sealed class DocumentTypesTests
{
    private const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public void A_zip_named_docx_is_a_Word_document_only_when_it_holds_one()
    {
        Assert.Equal(Word, DocumentTypes.Recognise(Zip("[Content_Types].xml", "word/document.xml"), "bien-ban.docx"));
        Assert.Null(DocumentTypes.Recognise(Zip("photos/1.jpg"), "bien-ban.docx"));
        Assert.Null(DocumentTypes.Recognise(Zip("[Content_Types].xml", "xl/workbook.xml"), "bien-ban.docx"));
        Assert.Null(DocumentTypes.Recognise([.. "PK\u0003\u0004"u8, 1, 2, 3], "bien-ban.docx"));
    }

    [Theory]
    [InlineData("anh.png", "image/png", "anh.png")]
    [InlineData("anh.pdf", "image/png", "anh.png")]
    [InlineData("bien-ban", "application/pdf", "bien-ban.pdf")]
    [InlineData("BIEN-BAN.PDF", "application/pdf", "BIEN-BAN.PDF")]
    [InlineData("anh.jpeg", "image/jpeg", "anh.jpeg")]
    [InlineData("anh.exe", "image/jpeg", "anh.jpg")]
    public void A_stored_name_carries_the_extension_of_what_its_content_is(string given, string type, string kept) =>
        Assert.Equal(kept, DocumentTypes.NameFor(given, type));

    private static byte[] Zip(params string[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }
}
