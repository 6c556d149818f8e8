using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>The steps of the procedure, one form each, carrying the version the user saw.</summary>
[Collection(WebCollection.Name)]
public sealed class StepJourneyTests(WebFixture web)
{
    [Fact]
    public async Task A_social_worker_verifies_and_a_change_made_meanwhile_shows_the_conflict_without_losing_the_input()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var taken = await Reports.TakeAsync(api, "Xác Minh Bước " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-2));

        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");
        await page.GotoAsync($"/cases/{taken.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bắt đầu xác minh" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Bắt đầu xác minh.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Kết quả xác minh" }).ClickAsync();
        await page.GetByLabel("Kết quả", new() { Exact = true }).SelectOptionAsync("Confirmed");
        // Meanwhile someone else assigns the case: its version moves on.
        var me = await api.GetFromJsonAsync<JsonElement>("api/identity/me");
        var current = await api.GetFromJsonAsync<JsonElement>($"api/cases/{taken.Id}");
        using var assigned = await api.PostAsJsonAsync($"api/cases/{taken.Id}/assignee",
            new { version = current.GetProperty("version").GetInt32(), userId = me.GetProperty("id").GetString() });
        assigned.EnsureSuccessStatusCode();

        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Hồ sơ vừa được người khác thay đổi.");
        await Expect(page.GetByLabel("Kết quả", new() { Exact = true })).ToHaveValueAsync("Confirmed");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Kết quả xác minh.");
        await page.OpenPartAsync("Diễn biến");
        await Expect(page.Locator(".timeline")).ToContainTextAsync("Xác minh có cơ sở");
    }

    [Fact]
    public async Task A_social_worker_is_not_offered_the_chairs_closure_decision_and_the_chair_is()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var taken = await Reports.TakeAsync(api, "Đề Xuất Đóng " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-2));
        var version = (await api.GetFromJsonAsync<JsonElement>($"api/cases/{taken.Id}")).GetProperty("version").GetInt32();
        using var proposed = await api.PostAsJsonAsync($"api/cases/{taken.Id}/closure/proposal", new { version, reasonCode = "moved" });
        proposed.EnsureSuccessStatusCode();

        await using var workerContext = await web.NewContextAsync();
        var worker = await workerContext.SignInAsync("demo.socialworker");
        await worker.GotoAsync($"/cases/{taken.Id}");
        await Expect(worker.GetByRole(AriaRole.Link, new() { Name = "Quyết định đóng hồ sơ" })).ToHaveCountAsync(0);

        await using var chairContext = await web.NewContextAsync();
        var chair = await chairContext.SignInAsync("demo.communechair");
        await chair.GotoAsync($"/cases/{taken.Id}");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Quyết định đóng hồ sơ" }).ClickAsync();
        await chair.GetByLabel("Không đồng ý, tiếp tục hỗ trợ").CheckAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Quyết định đóng hồ sơ.");
        await chair.OpenPartAsync("Diễn biến");
        await Expect(chair.Locator(".timeline")).ToContainTextAsync("Không đồng ý đóng hồ sơ");
        await Expect(chair.Locator(".timeline")).ToContainTextAsync("demo.communechair");
    }

    [Fact]
    public async Task A_social_worker_assigns_a_case_to_an_officer_of_the_commune_picked_by_name()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var taken = await Reports.TakeAsync(api, "Phân Công " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-1));

        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");
        await page.GotoAsync($"/cases/{taken.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Phân công cán bộ" }).ClickAsync();
        await page.GetByLabel("Cán bộ phụ trách").SelectOptionAsync(new SelectOptionValue { Label = "Cán bộ bảo vệ trẻ em (demo)" });
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Phân công cán bộ.");
        await page.OpenPartAsync("Diễn biến");
        await Expect(page.Locator(".timeline")).ToContainTextAsync("Phân công cán bộ");

        await page.GetByRole(AriaRole.Link, new() { Name = "Việc cần làm" }).ClickAsync();
        await Expect(page.Locator("ul.work li", new() { HasText = taken.Number })).ToContainTextAsync("được giao cho tôi");
    }

    [Fact]
    public async Task A_case_handed_to_another_commune_is_accepted_there_from_home_and_leaves_the_first_and_a_declined_one_stays()
    {
        using var admin = await web.ApiForAsync("demo.admin");
        var userName = "bato.cbxh." + Guid.NewGuid().ToString("N")[..6];
        await Procedure.PostAsync(admin, "api/identity/users", new
        {
            userName, fullName = "Cán bộ thị trấn Ba Tơ", unitCode = "21484", roles = new[] { "SocialWorker" }, password = WebFixture.DemoPassword,
        });
        using var api = await web.ApiForAsync("demo.socialworker");
        var taken = await Reports.TakeAsync(api, "Chuyển Xã " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-2));

        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");
        await page.GotoAsync($"/cases/{taken.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Chuyển hồ sơ sang xã khác", Exact = true }).ClickAsync();
        await page.GetByLabel("Mã xã, phường nhận hồ sơ").FillAsync("21484");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Chuyển hồ sơ sang xã khác.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hủy chuyển hồ sơ", Exact = true })).ToBeVisibleAsync();

        await using var otherContext = await web.NewContextAsync();
        var other = await otherContext.SignInAsync(userName);
        await other.Locator("ul.work li", new() { HasText = taken.Number }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hồ sơ được chuyển đến {taken.Number}");
        await Expect(other.Locator(".facts")).ToContainTextAsync("C. X."); // the child by initials until the case is theirs
        await other.AssertAccessibleAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Tiếp nhận hồ sơ chuyển đến.");

        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy hồ sơ");

        // A second case offered to Ba Tơ is declined with a reason: it stays in Nguyễn Nghiêm, no longer offered.
        var second = await Reports.TakeAsync(api, "Không Nhận " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-2));
        await Procedure.StepAsync(api, second.Id, "transfer", v => new { version = v, toUnitCode = "21484" });
        await other.GotoAsync("/");
        await other.Locator("ul.work li", new() { HasText = second.Number }).GetByRole(AriaRole.Link).ClickAsync();
        await other.GetByLabel("Lý do từ chối (khi từ chối)").SelectOptionAsync("ChildNotResident");
        await other.GetByRole(AriaRole.Button, new() { Name = "Từ chối" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Việc cần làm");
        await Expect(other.Locator("ul.work li", new() { HasText = second.Number })).ToHaveCountAsync(0);
        var kept = await Procedure.CaseAsync(api, second.Id);
        Assert.Equal(("21025", JsonValueKind.Null), (kept.GetProperty("unitCode").GetString(), kept.GetProperty("pendingTransferTo").ValueKind));
    }
}
