using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>A village collaborator takes a report with no connection: the device keeps it, says it is not sent, and sends
/// it once when the link comes back; the case it opens counts its limits from the time the report was taken.</summary>
[Collection(WebCollection.Name)]
public sealed class OfflineJourneyTests(WebFixture web)
{
    private const string KeptReports = """
        () => new Promise((resolve, reject) => {
          const open = indexedDB.open("cm-outbox", 1);
          open.onupgradeneeded = () => open.result.createObjectStore("reports", { keyPath: "key" });
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction("reports").objectStore("reports").getAll();
            all.onsuccess = () => { open.result.close(); resolve(JSON.stringify(all.result)); };
          };
        })
        """;

    [Fact]
    public async Task A_report_taken_offline_is_kept_marked_not_sent_and_sent_once_when_the_link_returns()
    {
        var child = "Ngoại Tuyến " + Guid.NewGuid().ToString("N")[..4];
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.collaborator");
        // The first page signed in installs the service worker, which keeps the report form for use offline.
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");

        await context.SetOfflineAsync(true);
        await page.GotoAsync("/reports/new");
        await Expect(page.GetByText("Đang không có mạng: báo cáo sẽ được lưu trên máy này")).ToBeVisibleAsync();
        var takenAt = await page.GetByLabel("Thời điểm tiếp nhận").InputValueAsync();
        await page.GetByLabel("Họ và tên trẻ").FillAsync(child);
        await page.GetByLabel("Tuổi ước tính (nếu không rõ ngày sinh)").FillAsync("9");
        await page.GetByLabel("Giới tính").SelectOptionAsync("Female");
        await page.GetByLabel("Hình thức xâm hại").SelectOptionAsync("NeglectWithoutAlternativeCare");
        await page.GetByLabel("Bối cảnh").SelectOptionAsync("family");
        await page.GetByLabel("Mô tả sự việc").FillAsync("Cháu ở nhà một mình nhiều ngày.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và lưu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("báo cáo đã được lưu trên máy này");
        await Expect(page.Locator(".outbox li.waiting")).ToContainTextAsync(child);
        await Expect(page.Locator(".outbox li.waiting")).ToContainTextAsync("Chưa gửi");
        await Expect(page.Locator(".outbox-count")).ToHaveTextAsync("1 chưa gửi");
        await page.KeepScreenshotAsync("offline-kept");
        var kept = JsonDocument.Parse(await page.EvaluateAsync<string>(KeptReports)).RootElement;
        Assert.Equal(1, kept.GetArrayLength());
        var fields = kept[0].GetProperty("fields").EnumerateArray().Select(f => (f[0].GetString(), f[1].GetString())).ToList();

        // Time passes before the collaborator reaches a signal; the report still counts from when it was taken.
        using var later = web.Host.Clock.Advance(TimeSpan.FromMinutes(20));
        await context.SetOfflineAsync(false);
        await Expect(page.GetByText("Không có báo cáo nào chờ gửi trên máy này.")).ToBeVisibleAsync();
        await Expect(page.Locator(".outbox-count")).ToBeHiddenAsync();
        Assert.Equal("[]", await page.EvaluateAsync<string>(KeptReports));

        // The same report sent again (a lost answer, a second tab) opens no second case.
        var again = await page.EvaluateAsync<JsonElement>("""
            async fields => {
              const token = document.querySelector("cm-outbox").getAttribute("token");
              const answer = await fetch("/reports/outbox/send", { method: "POST", body: new URLSearchParams(fields), headers: { RequestVerificationToken: token } });
              return { status: answer.status, body: await answer.json() };
            }
            """, fields.Select(f => new[] { f.Item1, f.Item2 }).ToArray());
        Assert.Equal(200, again.GetProperty("status").GetInt32());

        using var collaborator = await web.ApiForAsync("demo.collaborator");
        var taken = (await collaborator.GetFromJsonAsync<JsonElement>("api/cases/reports-taken?pageSize=50")).GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("caseNumber").GetString() == again.GetProperty("body").GetProperty("number").GetString()).ToList();
        var report = Assert.Single(taken);
        var receivedAt = DateTime.ParseExact(takenAt, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        Assert.Equal(new DateTimeOffset(receivedAt, TimeSpan.FromHours(7)), report.GetProperty("receivedAt").GetDateTimeOffset());

        using var worker = await web.ApiForAsync("demo.socialworker");
        var record = await Procedure.CaseAsync(worker, report.GetProperty("caseId").GetGuid());
        Assert.Contains(record.GetProperty("deadlines").EnumerateArray(), d =>
            d.GetProperty("startedAt").GetDateTimeOffset() == new DateTimeOffset(receivedAt, TimeSpan.FromHours(7))
            && d.GetProperty("dueAt").GetDateTimeOffset() - d.GetProperty("startedAt").GetDateTimeOffset() == TimeSpan.FromHours(12));
    }

    [Fact]
    public async Task A_report_refused_on_sending_stays_on_the_device_marked_to_correct_and_is_sent_once_corrected()
    {
        var child = "Bị Từ Chối " + Guid.NewGuid().ToString("N")[..4];
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.collaborator");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");

        await context.SetOfflineAsync(true);
        await page.GotoAsync("/reports/new");
        await page.GetByLabel("Họ và tên trẻ").FillAsync(child);
        await page.GetByLabel("Tuổi ước tính (nếu không rõ ngày sinh)").FillAsync("6");
        await page.GetByLabel("Hình thức xâm hại").SelectOptionAsync("NeglectWithoutAlternativeCare");
        await page.GetByLabel("Ngày xảy ra").FillAsync(Procedure.InDays(3)); // a slip of the finger: a day to come
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và lưu" }).ClickAsync();
        await Expect(page.Locator(".outbox li.waiting")).ToContainTextAsync(child);

        await context.SetOfflineAsync(false);
        var refused = page.Locator(".outbox li.refused");
        await Expect(refused).ToContainTextAsync("Bị từ chối, cần sửa");
        await Expect(refused).ToContainTextAsync("Ngày xảy ra: Thời điểm không được ở tương lai.");
        await Expect(refused).ToContainTextAsync("Giới tính: Trường này là bắt buộc.");
        await Expect(page.Locator(".outbox-count")).ToHaveTextAsync("1 chưa gửi");

        await refused.GetByRole(AriaRole.Link, new() { Name = "Sửa báo cáo" }).ClickAsync();
        await Expect(page.GetByLabel("Họ và tên trẻ")).ToHaveValueAsync(child);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Thời điểm không được ở tương lai.");
        await page.GetByLabel("Ngày xảy ra").FillAsync(Procedure.Today);
        await page.GetByLabel("Giới tính").SelectOptionAsync("Male");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và lưu" }).ClickAsync();

        await Expect(page.GetByText("Không có báo cáo nào chờ gửi trên máy này.")).ToBeVisibleAsync();
        Assert.Equal("[]", await page.EvaluateAsync<string>(KeptReports));
        using var collaborator = await web.ApiForAsync("demo.collaborator");
        var initials = string.Join(" ", child.Split(' ').Select(word => char.ToUpperInvariant(word[0]) + "."));
        var taken = (await collaborator.GetFromJsonAsync<JsonElement>("api/cases/reports-taken?pageSize=50")).GetProperty("items").EnumerateArray()
            .Count(r => r.GetProperty("childInitials").EnumerateArray().Any(i => i.GetString() == initials));
        Assert.Equal(1, taken);
    }
}
