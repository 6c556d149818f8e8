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
    public async Task The_crime_reports_a_unit_logged_show_whether_the_commune_has_taken_them_up()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        using var liaison = await web.ApiForAsync("demo.policeliaison");
        var ward = await WardPoliceAsync(api);
        var reference = "77/CAP-NN-" + Guid.NewGuid().ToString("N")[..4];
        var logged = await Procedure.PostAsync(liaison, "api/police/crime-reports", new
        {
            policeOrganisationId = ward, policeReference = reference,
            report = new
            {
                receivedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("o"), receivingBody = "Công an phường Nguyễn Nghiêm",
                children = new[] { new { fullName = "Tin Báo Theo Dõi", sex = "Female", dateOfBirth = "2013-01-01", residenceUnitCode = "21025-TDP1" } },
                incident = new { kind = "Abuse", abuseType = "SexualAbuse", abuseSubType = "Molestation", placeUnitCode = "21025-TDP1", setting = "family", narrative = "Tố giác." },
            },
        });
        var number = logged.GetProperty("caseNumber").GetString()!;

        await using var context = await web.NewContextAsync(Desk);
        var police = await context.SignInAsync("demo.policeliaison");
        await police.GetByRole(AriaRole.Link, new() { Name = "Tin báo tội phạm", Exact = true }).ClickAsync();
        var row = police.Locator(".crime-reports li", new() { HasText = reference });
        await Expect(row).ToContainTextAsync(number);
        await Expect(row).ToContainTextAsync("Xã chưa tiếp nhận");
        await police.AssertAccessibleAsync();
        await police.GetByRole(AriaRole.Link, new() { Name = "Xã chưa tiếp nhận" }).ClickAsync();
        await Expect(police.Locator(".crime-reports li", new() { HasText = reference })).ToHaveCountAsync(1);

        // The commune acknowledges it: the report leaves the waiting list and shows as taken up.
        var referral = logged.GetProperty("referral");
        await Procedure.PostAsync(api, $"api/cases/{referral.GetProperty("caseId").GetGuid()}/referrals/{referral.GetProperty("id").GetGuid()}/acknowledge",
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
