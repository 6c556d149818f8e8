using CaseManagement.BuildingBlocks.Web;
using PdfSharp.Fonts;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary>
/// The typeface of PDF exports, found on the machine: Times New Roman (the state documents' face,
/// on Windows or with Debian's ttf-mscorefonts), else Liberation Serif (the same metrics, Debian's
/// fonts-liberation), else DejaVu Serif (fonts-dejavu-core); each has the Vietnamese letters.
/// <c>Reporting:Pdf:FontFolder</c> is searched first. PDFsharp takes one resolver per process, so
/// the first folder configured is the one used.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "Report";

    private static readonly (string Regular, string Bold)[] Faces =
    [
        ("times.ttf", "timesbd.ttf"), ("Times New Roman.ttf", "Times New Roman Bold.ttf"),
        ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"), ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ];

    private static readonly string[] Folders =
    [
        "/usr/share/fonts/truetype/msttcorefonts", "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/dejavu", @"C:\Windows\Fonts", "/Library/Fonts", "/System/Library/Fonts/Supplemental",
    ];

    private static readonly Lock Gate = new();
    private static PdfFonts? installed;
    private readonly (string Regular, string Bold)? files;

    private PdfFonts(string? folder) =>
        files = (folder is null ? Folders : [folder, .. Folders])
            .SelectMany(f => Faces.Select(face => (Regular: Path.Combine(f, face.Regular), Bold: Path.Combine(f, face.Bold))))
            .Cast<(string Regular, string Bold)?>()
            .FirstOrDefault(face => File.Exists(face!.Value.Regular) && File.Exists(face.Value.Bold));

    /// <summary>Installs the resolver once; refuses with a clear problem when no usable font exists.</summary>
    public static void EnsureInstalled(string? folder)
    {
        lock (Gate)
        {
            if (installed is null)
            {
                installed = new PdfFonts(folder);
                GlobalFontSettings.FontResolver = installed;
            }
        }

        if (installed.files is null)
        {
            throw new BusinessRuleException("pdf.font_missing", ReportingText.Messages["pdf.font_missing"]);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "bold" : "regular");

    public byte[]? GetFont(string faceName) =>
        files is { } face ? File.ReadAllBytes(faceName == "bold" ? face.Bold : face.Regular) : null;
}
