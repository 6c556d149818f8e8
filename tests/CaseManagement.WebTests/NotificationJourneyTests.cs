using System.Text.RegularExpressions;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>People are told when work arrives: the bell on every page counts what is unread, and a notice leads to the work.</summary>
[Collection(WebCollection.Name)]
public sealed class NotificationJourneyTests(WebFixture web)
{
    private static readonly ViewportSize Desk = new() { Width = 1280, Height = 900 };

    [Fact]
    public async Task A_referral_the_social_worker_sends_rings_the_police_liaisons_bell_and_the_notice_leads_to_it()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var child = "Chuông Báo " + Guid.NewGuid().ToString("N")[..4];
        var taken = await Reports.TakeAsync(api, child, DateTimeOffset.UtcNow.AddHours(-3));
        await Procedure.VerifiedAsync(api, taken.Id);

        await using var policeContext = await web.NewContextAsync(Desk);
        var police = await policeContext.SignInAsync("demo.policeliaison");
        var before = await UnreadAsync(police);

        await using var workerContext = await web.NewContextAsync();
        var worker = await workerContext.SignInAsync("demo.socialworker");
        await worker.GotoAsync($"/cases/{taken.Id}");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Chuyển cơ quan công an", Exact = true }).ClickAsync();
        await worker.GetByLabel("Cơ quan công an").SelectOptionAsync(new SelectOptionValue { Label = "Công an phường Nguyễn Nghiêm" });
        await worker.Locator("input[name='Form.Disclose'][value='child.sexAndAge']").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Chuyển cơ quan công an.");

        // The notice is made from the module's event, a moment after the referral: the next page shows it.
        var notice = police.Locator("ul.notices li", new() { HasText = $"Xã chuyển vụ việc cần tiếp nhận: hồ sơ {taken.Number}" });
        var deadline = DateTime.UtcNow.AddSeconds(15);
        do
        {
            await police.GotoAsync("/notifications");
        }
        while (await notice.CountAsync() == 0 && DateTime.UtcNow < deadline);
        await Expect(notice).ToHaveClassAsync("unread");
        Assert.Equal(before + 1, await UnreadAsync(police));
        await Expect(police.Locator("main")).Not.ToContainTextAsync(child);
        await police.AssertAccessibleAsync();
        await police.KeepScreenshotAsync("notifications");

        await notice.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(police.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Thông tin chuyển đến, hồ sơ {taken.Number}");
        Assert.Equal(before, await UnreadAsync(police));
        await police.GotoAsync("/notifications");
        await Expect(notice).Not.ToHaveClassAsync("unread");

        // Nobody else's bell: the social worker who sent it is not told of their own referral.
        await worker.GotoAsync("/notifications");
        await Expect(worker.Locator("main")).Not.ToContainTextAsync($"Xã chuyển vụ việc cần tiếp nhận: hồ sơ {taken.Number}");
    }

    [Fact]
    public async Task A_social_worker_who_asks_for_e_mail_gets_the_daily_digest_of_overdue_limits_with_case_numbers_only()
    {
        await using var context = await web.NewContextAsync();
        var worker = await context.SignInAsync("demo.socialworker");
        await worker.Locator("a.bell").ClickAsync();
        await worker.GetByRole(AriaRole.Link, new() { Name = "Nhận thông báo qua e-mail" }).ClickAsync();
        await worker.GetByLabel("Địa chỉ e-mail").FillAsync("khong-phai-email");
        await worker.GetByLabel("Gửi thông báo đến e-mail này").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(worker.Locator("#Email-error")).ToHaveTextAsync("Địa chỉ e-mail không hợp lệ.");
        await worker.GetByLabel("Địa chỉ e-mail").FillAsync("canbo.nguyennghiem@example.vn");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu.");
        await worker.AssertAccessibleAsync();

        // A report taken thirteen hours ago: its 12-hour limit is overdue, and the morning digest says so.
        using var api = await web.ApiForAsync("demo.socialworker");
        var child = "Thư Tổng Hợp " + Guid.NewGuid().ToString("N")[..4];
        var taken = await Reports.TakeAsync(api, child, DateTimeOffset.UtcNow.AddHours(-13));
        var digest = await web.Mail.WaitForAsync(
            m => m.To.ToString().Contains("canbo.nguyennghiem@example.vn", StringComparison.Ordinal) && (m.Subject ?? "").Contains("việc quá hạn", StringComparison.Ordinal)
                && (m.TextBody ?? "").Contains(taken.Number, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        Assert.Contains($"Hồ sơ {taken.Number}: quá hạn từ", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Case {taken.Number}: overdue since", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(child, digest.TextBody, StringComparison.Ordinal);
    }

    /// <summary>The unread count as the bell in the bar says it (its accessible name), 0 when it shows none.</summary>
    private static async Task<int> UnreadAsync(IPage page)
    {
        var label = await page.Locator("a.bell").GetAttributeAsync("aria-label") ?? "";
        return Regex.Match(label, @"(\d+) chưa đọc") is { Success: true } unread ? int.Parse(unread.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
