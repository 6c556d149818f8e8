using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>A police liaison at a desk: the referrals the commune sent, only what it disclosed, acknowledged and followed to
/// an outcome; and the crime reports the unit logged, followed until the commune takes them up.</summary>
[Collection(WebCollection.Name)]
public sealed class PoliceJourneyTests(WebFixture web)
{
    private static readonly ViewportSize Desk = new() { Width = 1280, Height = 900 };

    [Fact]
    public async Task A_referral_shows_only_what_was_disclosed_and_is_acknowledged_and_followed_to_its_outcome()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var child = "Công An Đọc " + Guid.NewGuid().ToString("N")[..4];
        var taken = await Reports.TakeAsync(api, child, DateTimeOffset.UtcNow.AddHours(-3));
        await Procedure.VerifiedAsync(api, taken.Id);
        var ward = await WardPoliceAsync(api);
        await Procedure.PostAsync(api, $"api/cases/{taken.Id}/referrals", new { policeOrganisationId = ward, disclose = new[] { "child.sexAndAge", "incident.classification" } });

        await using var context = await web.NewContextAsync(Desk);
        var police = await context.SignInAsync("demo.policeliaison");
        var item = police.Locator("ul.work li", new() { HasText = taken.Number });
        await Expect(item).ToContainTextAsync("Xác nhận đã nhận");
        await police.AssertAccessibleAsync();
        await item.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(police.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Thông tin chuyển đến, hồ sơ {taken.Number}");
        var disclosed = police.Locator("section.part");
        await Expect(police.Locator(".facts").First).ToContainTextAsync("Phường Nguyễn Nghiêm");
        await Expect(disclosed).ToContainTextAsync("Nam");
        await Expect(disclosed).ToContainTextAsync("Bạo lực thể chất");
        await Expect(police.Locator("main")).Not.ToContainTextAsync(child);
        await Expect(police.Locator("main")).Not.ToContainTextAsync("Trần Thị Bình");
        await Expect(police.Locator("main")).Not.ToContainTextAsync("Cháu bị đánh");
        await police.AssertAccessibleAsync();

        await police.GetByLabel("Số hiệu tin báo").FillAsync("45/CAP-NN");
        await police.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã nhận" }).ClickAsync();
        await Expect(police.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã xác nhận đã nhận thông tin.");
        await Expect(police.Locator(".limits")).ToContainTextAsync("24 giờ");
        await police.KeepScreenshotAsync("police-referral");

        await police.GetByLabel("Kết quả", new() { Exact = true }).SelectOptionAsync("InvestigationOpened");
        await police.GetByLabel("Ngày có kết quả").FillAsync(Procedure.Today);
        await police.AssertAccessibleAsync();
        await police.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(police.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã cập nhật tiến độ.");
        await Expect(police.Locator(".facts").First).ToContainTextAsync("45/CAP-NN");
        await Expect(police.Locator(".facts").First).ToContainTextAsync("Khởi tố, điều tra");
        var outcome = (await api.GetFromJsonAsync<JsonElement>($"api/cases/{taken.Id}/referrals"))[0];
        Assert.Equal("InvestigationOpened", outcome.GetProperty("outcome").GetString());

        // The commune sees the acknowledgement on the case's police part.
        await using var workerContext = await web.NewContextAsync();
        var worker = await workerContext.SignInAsync("demo.socialworker");
        await worker.GotoAsync($"/cases/{taken.Id}?tab=police");
        await Expect(worker.Locator(".referrals")).ToContainTextAsync("đã xác nhận lúc");
        await Expect(worker.Locator(".referrals")).ToContainTextAsync("45/CAP-NN");
    }

    [Fact]
    public async Task A_crime_report_logged_in_the_browser_goes_to_the_commune_and_shows_when_the_commune_takes_it_up()
    {
        var reference = "77/CAP-NN-" + Guid.NewGuid().ToString("N")[..4];
        var child = "Tin Báo Công An " + Guid.NewGuid().ToString("N")[..4];
        await using var context = await web.NewContextAsync(Desk);
        var police = await context.SignInAsync("demo.policeliaison");
        await police.GetByRole(AriaRole.Link, new() { Name = "Tin báo tội phạm", Exact = true }).ClickAsync();
        await police.GetByRole(AriaRole.Link, new() { Name = "Ghi nhận tin báo tội phạm về trẻ em" }).ClickAsync();
        await Expect(police.GetByLabel("Cơ quan công an")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f-]{36}$"));
        await police.GetByLabel("Số hiệu tin báo").FillAsync(reference);
        await police.GetByLabel("Họ và tên trẻ").FillAsync(child);
        await police.GetByLabel("Tuổi ước tính (nếu không rõ ngày sinh)").FillAsync("12");
        await police.GetByLabel("Giới tính").SelectOptionAsync("Female");
        await police.GetByLabel("Hình thức xâm hại").SelectOptionAsync("Molestation");
        await police.GetByLabel("Bối cảnh").SelectOptionAsync("family");
        await police.GetByLabel("Mô tả sự việc").FillAsync("Người dân tố giác tại trụ sở.");
        await Expect(police.GetByLabel("Hình thức tiếp nhận")).ToHaveCountAsync(0); // the police is the channel
        await police.AssertAccessibleAsync();
        // The form as the browser sends it, kept to send again as a double click or a retry would.
        var posted = await police.Locator("form.report").EvaluateAsync<string>("f => new URLSearchParams(new FormData(f)).toString()");
        await police.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận tin báo" }).ClickAsync();
        await Expect(police.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận tin báo và chuyển cho xã, phường.");
        var referralId = Guid.Parse(new Uri(police.Url).Segments[^1]);
        var again = await context.APIRequest.PostAsync("/police/crime-reports/new", new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" }, Data = posted, MaxRedirects = 0,
        });
        Assert.Equal(302, again.Status);
        Assert.Equal($"/police/referrals/{referralId}", new Uri(new Uri(web.Host.BaseAddress, again.Headers["location"]).ToString()).AbsolutePath); // the same report
        await Expect(police.Locator("section.part")).ToContainTextAsync(child); // the police told it all: they see it all

        await police.GetByRole(AriaRole.Link, new() { Name = "Tin báo tội phạm", Exact = true }).ClickAsync();
        var row = police.Locator(".crime-reports li", new() { HasText = reference });
        await Expect(row).ToContainTextAsync("Xã chưa tiếp nhận");
        await Expect(row).Not.ToContainTextAsync(child); // a list shows no child's name
        await police.AssertAccessibleAsync();
        await police.GetByRole(AriaRole.Link, new() { Name = "Xã chưa tiếp nhận" }).ClickAsync();
        await Expect(police.Locator(".crime-reports li", new() { HasText = reference })).ToHaveCountAsync(1);

        // The commune acknowledges it: the report leaves the waiting list and shows as taken up.
        using var liaison = await web.ApiForAsync("demo.policeliaison");
        var referral = (await liaison.GetFromJsonAsync<JsonElement>($"api/police/referrals/{referralId}")).GetProperty("referral");
        using var api = await web.ApiForAsync("demo.socialworker");
        await Procedure.PostAsync(api, $"api/cases/{referral.GetProperty("caseId").GetGuid()}/referrals/{referralId}/acknowledge",
            new { version = referral.GetProperty("version").GetInt32() });
        await police.ReloadAsync();
        await Expect(police.Locator(".crime-reports li", new() { HasText = reference })).ToHaveCountAsync(0);
        await police.GetByRole(AriaRole.Link, new() { Name = "Tất cả" }).ClickAsync();
        await Expect(police.Locator(".crime-reports li", new() { HasText = reference })).ToContainTextAsync("Xã đã tiếp nhận lúc");
    }

    private static async Task<Guid> WardPoliceAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement>("api/directory/organisations?type=Police")).EnumerateArray()
            .First(o => o.GetProperty("name").GetString() == "Công an phường Nguyễn Nghiêm").GetProperty("id").GetGuid();
}
