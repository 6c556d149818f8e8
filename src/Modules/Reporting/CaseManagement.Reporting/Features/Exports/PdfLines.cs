using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary>
/// Writes the same lines of (value, bold) cells as <see cref="Workbook"/> on A4 pages: the first
/// column wider than the others as in the workbook, text wrapped within its column, a new page when
/// the next line does not fit, a line of a single cell across the page (centred when bold: the
/// national heading, titles). Numbers are right-aligned.
/// </summary>
internal static class PdfLines
{
    private const double Margin = 50;
    private const double FontSize = 10.5;

    public static byte[] Write(string title, IEnumerable<(object? Value, bool Bold)[]> source, double firstColumnWidth, double otherColumnsWidth)
    {
        var lines = source.ToList();
        using var document = new PdfDocument();
        document.Info.Title = title;
        var regular = new XFont(PdfFonts.Family, FontSize, XFontStyleEx.Regular);
        var bold = new XFont(PdfFonts.Family, FontSize, XFontStyleEx.Bold);
        var columns = Math.Max(1, lines.Max(l => l.Length));
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        var usable = page.Width.Point - (2 * Margin);
        var scale = usable / (firstColumnWidth + ((columns - 1) * otherColumnsWidth));
        var widths = Enumerable.Range(0, columns).Select(i => (i == 0 ? firstColumnWidth : otherColumnsWidth) * scale).ToArray();
        var graphics = XGraphics.FromPdfPage(page);
        var lineHeight = regular.GetHeight() * 1.15;
        var y = Margin;
        foreach (var line in lines)
        {
            var across = line.Length == 1;
            var centred = across && line[0].Bold;
            var cells = line.Select((cell, i) => (Cell: cell, Lines: Wrap(graphics, Text(cell.Value), cell.Bold ? bold : regular, across ? usable : widths[i] - 4))).ToList();
            var height = Math.Max(1, cells.Count == 0 ? 1 : cells.Max(c => c.Lines.Count)) * lineHeight;
            if (y + height > page.Height.Point - Margin)
            {
                graphics.Dispose();
                page = document.AddPage();
                page.Size = PdfSharp.PageSize.A4;
                graphics = XGraphics.FromPdfPage(page);
                y = Margin;
            }

            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var (cell, wrapped) = cells[i];
                var font = cell.Bold ? bold : regular;
                for (var l = 0; l < wrapped.Count; l++)
                {
                    var box = across ? new XRect(Margin, y + (l * lineHeight), usable, lineHeight) : new XRect(x, y + (l * lineHeight), widths[i] - 4, lineHeight);
                    var format = centred ? XStringFormats.TopCenter : cell.Value is int ? XStringFormats.TopRight : XStringFormats.TopLeft;
                    graphics.DrawString(wrapped[l], font, XBrushes.Black, box, format);
                }

                x += widths[i];
            }

            y += height;
        }

        graphics.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    /// <summary>The text broken at spaces into lines no wider than the column (a longer word stays whole).</summary>
    private static List<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
        }

        return lines;
    }
}
