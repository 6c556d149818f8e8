using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>A province manager's home: the figures at a glance, each chart drawn on the server beside its table, and the
/// units below, each opening its own.</summary>
[Collection(WebCollection.Name)]
public sealed class ManagerJourneyTests(WebFixture web)
{
    [Fact]
    public async Task The_manager_sees_each_chart_agree_with_its_table_and_opens_a_unit_below()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        await Reports.TakeAsync(api, "Bảng Số Liệu " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-2));
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.manager");

        // Reporting counts from the modules' events, a moment after the report: the next page shows it.
        var open = page.Locator("figure.chart", new() { HasText = "Hồ sơ đang mở theo bước" });
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await open.Locator("table.data tbody tr").CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await page.ReloadAsync();
        }

        // The drawing and the table say the same thing: a bar a row, the same figures in the same order.
        var figures = await open.Locator("table.data tbody td.number").AllInnerTextsAsync();
        Assert.NotEmpty(figures);
        Assert.Equal(figures, await open.Locator("svg text.value").AllTextContentsAsync());
        Assert.Equal(figures.Count, await open.Locator("svg rect.bar").CountAsync());
        var trend = page.Locator("figure.chart", new() { HasText = "theo tháng" });
        Assert.Equal(12, await trend.Locator("table.data tbody tr").CountAsync());
        Assert.Equal(12, await trend.Locator("svg circle.point").CountAsync());
        await page.AssertAccessibleAsync();
        await page.AssertNoSidewaysScrollAsync();
        await page.KeepScreenshotAsync("dashboard");

        var below = page.Locator("figure.chart", new() { HasText = "các đơn vị trực thuộc" }).Locator("table.data tbody a").First;
        var unit = await below.InnerTextAsync();
        await below.ClickAsync();
        await Expect(page.Locator("p.summary strong")).ToHaveTextAsync(unit);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Về đơn vị của tôi" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_manager_reads_a_six_month_report_and_downloads_it_as_a_workbook_and_a_pdf_choosing_publication()
    {
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.manager");
        await page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo thống kê", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Báo cáo thống kê");
        await Expect(page.Locator("p.summary")).ToContainTextAsync("Tỉnh Quảng Ngãi");
        var abused = page.Locator("section.indicator", new() { HasText = "0101 ·" });
        await Expect(abused).ToContainTextAsync("Tổng (mỗi trẻ, mỗi hồ sơ tính một lần)");
        await page.AssertAccessibleAsync();
        await page.AssertNoSidewaysScrollAsync();
        await page.KeepScreenshotAsync("statistics");

        // The workbook is a real one (an Office Open XML package with its workbook part), the PDF a PDF.
        var workbook = await page.RunAndWaitForDownloadAsync(() => page.Locator("section.part", new() { HasText = "Số liệu đầy đủ" })
            .GetByRole(AriaRole.Link, new() { Name = "XLSX" }).First.ClickAsync());
        using (var zip = new System.IO.Compression.ZipArchive(File.OpenRead(await workbook.PathAsync())))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
        }

        Assert.EndsWith(".xlsx", workbook.SuggestedFilename, StringComparison.Ordinal);
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF" }).Last.ClickAsync());
        var head = new byte[5];
        await using (var file = File.OpenRead(await pdf.PathAsync()))
        {
            await file.ReadExactlyAsync(head);
        }

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head));
        Assert.Contains("publication=true", pdf.Url, StringComparison.Ordinal);
    }
}
