using System.Globalization;
using CaseManagement.Directory.Contracts;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.Reporting.Features.Exports;
using CaseManagement.Reporting.Features.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseManagement.UnitTests.Reporting;

public class ExportTests
{
    [Theory]
    [InlineData(new[] { 2, 7, 12 }, 21, new[] { "<5", "<5", "12" }, "21")] // One small row: the smallest other is suppressed too.
    [InlineData(new[] { 2, 3, 12 }, 17, new[] { "<5", "<5", "12" }, "17")] // Two small rows protect each other.
    [InlineData(new[] { 6, 7, 12 }, 25, new[] { "6", "7", "12" }, "25")]
    [InlineData(new[] { 3 }, 3, new[] { "<5" }, "<5")]
    [InlineData(new int[0], 0, new string[0], "0")]
    public void Publication_suppresses_small_counts_and_the_complement_that_would_reveal_one(int[] counts, int total, string[] shown, string shownTotal)
    {
        var (rows, totalShown) = PublicationSuppression.Apply(counts, total, 5);

        Assert.Equal(shown, rows.Select(r => r.Text));
        Assert.Equal(shownTotal, totalShown.Text);
        Assert.Equal(counts.Select(c => c.ToString(CultureInfo.InvariantCulture)), PublicationSuppression.Apply(counts, total, 0).Rows.Select(r => r.Text));
    }

    [Fact]
    public void The_workbook_opens_back_with_the_state_report_layout_its_breakdowns_and_revisions_cell_by_cell()
    {
        var abused = Table([(["Violence", "PhysicalViolence", "Female", "6-<11", "family"], 7), (["SexualAbuse", "Molestation", "Male", "11-<16", "school"], 2)], 9) with
        {
            TotalUnder16 = 9,
            Breakdowns = [new BreakdownTable(["type"], ["Hình thức xâm hại"], [Row("Violence", "Bạo lực", 7), Row("SexualAbuse", "Xâm hại tình dục", 2)])],
        };
        var report = new ReportResponse(
            new ReportUnitView("51", "Tỉnh Quảng Ngãi", UnitLevel.Province),
            new ReportPeriodView("2026-H1", PeriodKind.HalfYear, new(2025, 12, 15), new(2026, 6, 14)),
            [abused], new ClosureView(new DateTimeOffset(2026, 6, 20, 3, 0, 0, TimeSpan.Zero), "manager", "Phạm Văn Sơn", "Phó Giám đốc Sở Y tế", new Dictionary<string, int>()),
            [new RevisionLine(IndicatorCatalogue.AbusedChildren, ["*"], ["Tổng số"], 9, 10)]);

        var bytes = StateReportLayout.Xlsx(ReportDocument.From(report, forPublication: true, threshold: 5, today: new DateOnly(2026, 6, 20)));

        var cells = Read(bytes);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cells["A1"]);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", cells["A2"]);
        Assert.Equal("BÁO CÁO SỐ LIỆU VỀ TRẺ EM VÀ BẢO VỆ TRẺ EM", cells["A4"]);
        Assert.Equal("Đơn vị báo cáo: Tỉnh Quảng Ngãi (mã 51)", cells["A5"]);
        Assert.Equal("Kỳ báo cáo: 2026-H1 (từ 15/12/2025 đến 14/06/2026)", cells["A6"]);
        Assert.StartsWith("Bản công bố", cells["A7"], StringComparison.Ordinal);
        Assert.StartsWith("Số liệu đã thay đổi sau khi ký: 1 dòng", cells["A8"], StringComparison.Ordinal);
        Assert.Equal("Chỉ tiêu 0101: Số trẻ em bị xâm hại", cells["A10"]);
        Assert.Equal(["Hình thức xâm hại", "Loại xâm hại", "Giới tính", "Nhóm tuổi", "Môi trường", "Số lượng"], Row(cells, 11, 6));
        Assert.Equal(["Bạo lực", "Bạo lực thể chất", "Nữ", "6-<11", "Gia đình", "<5"], Row(cells, 12, 6)); // 7, suppressed as the complement of 2.
        Assert.Equal("<5", cells["F13"]);
        Assert.Equal(["Tổng số", "", "", "", "", "9"], Row(cells, 14, 6));
        Assert.Equal(["Tổng số trẻ em dưới 16 tuổi", "", "", "", "", "9"], Row(cells, 15, 6));
        Assert.Equal("Tổng số không trùng lặp theo: Hình thức xâm hại", cells["A16"]);
        Assert.Equal(["Hình thức xâm hại", "Số lượng"], Row(cells, 17, 2));
        Assert.Equal(["Bạo lực", "<5"], Row(cells, 18, 2));
        Assert.Equal(["Tổng số", "9"], Row(cells, 20, 2));
        Assert.StartsWith("Điều chỉnh sau khi ký", cells["A21"], StringComparison.Ordinal);
        Assert.Equal(["Tổng số", "", "", "", "", "9", "10"], Row(cells, 23, 7));
        Assert.Equal("Ngày 20 tháng 6 năm 2026", cells["C25"]);
        Assert.Equal(("NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"), (cells["A26"], cells["C26"]));
        Assert.Equal("Phó Giám đốc Sở Y tế: Phạm Văn Sơn (Đã ký ngày 20/06/2026)", cells["C27"]);

        var csv = System.Text.Encoding.UTF8.GetString(CsvReport.Write(ReportDocument.From(report, forPublication: false, threshold: 5, today: new DateOnly(2026, 6, 20))));
        Assert.Contains("51,2026-H1,0101,Số trẻ em bị xâm hại,figure,Violence|*|*|*|*,Bạo lực,7,", csv, StringComparison.Ordinal);
        Assert.Contains("51,2026-H1,0101,Số trẻ em bị xâm hại,figure,*<16,Tổng số trẻ em dưới 16 tuổi,9,", csv, StringComparison.Ordinal);
        Assert.Contains("51,2026-H1,0101,Số trẻ em bị xâm hại,revision,*,Tổng số,10,9", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_has_the_report_title_and_breaks_a_long_table_over_pages()
    {
        var rows = Enumerable.Range(0, 90).Select(i => (new[] { "Violence", "PhysicalViolence", i % 2 == 0 ? "Female" : "Male", "6-<11", $"setting-{i}" }, 10 + i)).ToArray();
        var report = new ReportResponse(
            new ReportUnitView("51", "Tỉnh Quảng Ngãi", UnitLevel.Province),
            new ReportPeriodView("2026-H1", PeriodKind.HalfYear, new(2025, 12, 15), new(2026, 6, 14)),
            [Table(rows, rows.Sum(r => r.Item2))], null, []);

        var bytes = StateReportLayout.Pdf(ReportDocument.From(report, forPublication: false, threshold: 5, today: new DateOnly(2026, 6, 20)), null);

        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.Equal("BÁO CÁO SỐ LIỆU VỀ TRẺ EM VÀ BẢO VỆ TRẺ EM", pdf.Info.Title);
        // 90 rows of a five-dimension table: about 30 a page in DejaVu Serif, a few more in the narrower Times metrics
        // (Liberation Serif, which Chromium's fonts bring to a machine).
        Assert.InRange(pdf.PageCount, 3, 4);
    }

    private static IndicatorTable Table((string[] Values, int Count)[] rows, int total)
    {
        var definition = IndicatorCatalogue.Find(rows.Length > 0 && rows[0].Values.Length == 5 ? IndicatorCatalogue.AbusedChildren : IndicatorCatalogue.ChildrenSupported)!;
        return new IndicatorTable(definition.Code, 1, ReportingTextFor(definition.Code), "", CountOf.Children, definition.Dimensions,
            definition.Dimensions.Select(d => d switch
            {
                "type" => "Hình thức xâm hại", "subtype" => "Loại xâm hại", "sex" => "Giới tính", "age" => "Nhóm tuổi", "setting" => "Môi trường", _ => d,
            }).ToList(),
            total, null, rows.Select(r => ReportTables.Row(definition, string.Join('|', r.Values), r.Count)).ToList(), []);
    }

    private static ReportRow Row(string value, string label, int count) => new([value], [label], count);

    private static string ReportingTextFor(string code) => code == IndicatorCatalogue.AbusedChildren ? "Số trẻ em bị xâm hại" : code;

    private static Dictionary<string, string> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "");
    }

    private static List<string> Row(Dictionary<string, string> cells, int row, int width) =>
        Enumerable.Range(0, width).Select(i => cells.GetValueOrDefault($"{(char)('A' + i)}{row}", "")).ToList();
}
