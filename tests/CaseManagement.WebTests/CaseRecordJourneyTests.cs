using System.Net.Http.Json;
using System.Text;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>The case record in its parts, each a page of its own, and a case's documents: added by the social worker,
/// downloaded as they were, and kept from a role that does not work on case files.</summary>
[Collection(WebCollection.Name)]
public sealed class CaseRecordJourneyTests(WebFixture web)
{
    [Fact]
    public async Task Each_part_of_the_record_shows_what_was_recorded_in_it()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var child = "Từng Phần " + Guid.NewGuid().ToString("N")[..4];
        var taken = await Reports.TakeAsync(api, child, DateTimeOffset.UtcNow.AddHours(-3));
        await Procedure.PlanningAsync(api, taken.Id);

        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");
        await page.GotoAsync($"/cases/{taken.Id}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Soạn kế hoạch hỗ trợ (Mẫu 04)", Exact = true })).ToBeVisibleAsync();

        await page.OpenPartAsync("Trẻ em, gia đình");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(child);
        await Expect(page.Locator("main .facts")).ToContainTextAsync("02/03/2015");
        await Expect(page.Locator("main .facts")).ToContainTextAsync("Tổ 1, phường Nguyễn Nghiêm");
        await page.AssertAccessibleAsync();
        await page.AssertNoSidewaysScrollAsync();
        await page.KeepScreenshotAsync("case-child");

        await page.OpenPartAsync("Tin báo");
        await Expect(page.Locator("main")).ToContainTextAsync("Bạo lực thể chất");
        await Expect(page.Locator("main")).ToContainTextAsync("Trần Thị Bình");
        await Expect(page.Locator("main")).ToContainTextAsync("Cháu bị đánh, nhiều vết bầm.");
        await page.AssertAccessibleAsync();

        await page.OpenPartAsync("Đánh giá");
        await Expect(page.Locator("main")).ToContainTextAsync("Mẹ bảo vệ được trẻ.");
        await Expect(page.Locator("main .by").First).ToContainTextAsync("demo.socialworker"); // the officer by name, not by id
        await Expect(page.Locator("main")).ToContainTextAsync("Bầm tím nhẹ, sợ hãi.");
        await Expect(page.Locator("main")).ToContainTextAsync("Cán bộ xã, mẹ của trẻ");
        await page.AssertAccessibleAsync();
        await page.AssertNoSidewaysScrollAsync();

        foreach (var empty in new[] { "Khẩn cấp, tách trẻ", "Kế hoạch", "Dịch vụ", "Công an", "Các lần theo dõi", "Rà soát, đóng hồ sơ", "Tài liệu" })
        {
            await page.OpenPartAsync(empty);
            await Expect(page.Locator("main .empty")).ToBeVisibleAsync();
        }

        await page.AssertAccessibleAsync();
        await page.OpenPartAsync("Diễn biến");
        await Expect(page.Locator(".timeline")).ToContainTextAsync("Họp xác định nhu cầu");
    }

    [Fact]
    public async Task A_document_added_by_the_social_worker_is_downloaded_as_it_was_and_kept_from_a_manager()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var child = "Tài Liệu " + Guid.NewGuid().ToString("N")[..4];
        var taken = await Reports.TakeAsync(api, child, DateTimeOffset.UtcNow.AddHours(-2));
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");
        await page.GotoAsync($"/cases/{taken.Id}?tab=documents");
        // Sent with no file: the field says so, and what was typed stays.
        await page.GetByLabel("Mô tả (không bắt buộc)").FillAsync("Biên bản làm việc với gia đình");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Expect(page.Locator(".field.invalid", new() { Has = page.GetByLabel("Tệp") })).ToContainTextAsync("bắt buộc");
        await Expect(page.GetByLabel("Mô tả (không bắt buộc)")).ToHaveValueAsync("Biên bản làm việc với gia đình");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Tệp").SetInputFilesAsync(new FilePayload { Name = "bien-ban.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã thêm tài liệu.");
        await Expect(page.Locator(".documents li")).ToContainTextAsync("Biên bản làm việc với gia đình");
        await page.AssertAccessibleAsync();
        await page.AssertNoSidewaysScrollAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "bien-ban.pdf" }).ClickAsync());
        Assert.Equal("bien-ban.pdf", download.SuggestedFilename);
        await using (var saved = await download.CreateReadStreamAsync())
        using (var copy = new MemoryStream())
        {
            await saved.CopyToAsync(copy);
            Assert.Equal(pdf, copy.ToArray());
        }

        // A province manager works on statistics, not on case files: neither the documents nor a download are theirs.
        await using var managerContext = await web.NewContextAsync();
        var manager = await managerContext.SignInAsync("demo.manager");
        var page403 = await manager.GotoAsync($"/cases/{taken.Id}?tab=documents");
        Assert.Equal(403, page403!.Status);
        await Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bạn không có quyền xem trang này.");
        await Expect(manager.Locator("main")).Not.ToContainTextAsync("bien-ban");
        var documentId = (await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"api/cases/{taken.Id}/attachments"))[0].GetProperty("id").GetGuid();
        var refused = await manager.GotoAsync($"/cases/{taken.Id}/documents/{documentId}");
        Assert.Equal(403, refused!.Status);
    }
}
