using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>A service provider's staff member on a phone: a referral answered, a delivery recorded, the service completed with
/// its cost; the social worker sees it on the case. The provider never sees the child's name.</summary>
[Collection(WebCollection.Name)]
public sealed class ProviderJourneyTests(WebFixture web)
{
    [Fact]
    public async Task A_provider_accepts_a_referral_records_a_delivery_and_completes_it_and_the_social_worker_sees_it()
    {
        var station = await LinkDemoProviderAsync();
        using var api = await web.ApiForAsync("demo.socialworker");
        using var chairApi = await web.ApiForAsync("demo.communechair");
        var child = "Dịch Vụ " + Guid.NewGuid().ToString("N")[..4];
        var taken = await Reports.TakeAsync(api, child, DateTimeOffset.UtcNow.AddHours(-3));
        await Procedure.InSupportAsync(api, chairApi, taken.Id, station);
        using var providerApi = await web.ApiForAsync("demo.serviceprovider");
        await SentToProviderAsync(providerApi, taken.Number);

        await using var context = await web.NewContextAsync();
        var provider = await context.SignInAsync("demo.serviceprovider");
        var item = provider.Locator("ul.work li", new() { HasText = taken.Number });
        await Expect(item).ToContainTextAsync("Trị liệu, tham vấn tâm lý · chờ trả lời");
        await Expect(provider.Locator("main")).Not.ToContainTextAsync(child);
        await provider.AssertAccessibleAsync();
        await provider.AssertNoSidewaysScrollAsync();
        await item.GetByRole(AriaRole.Link).ClickAsync();

        await provider.GetByLabel("Nhận cung cấp dịch vụ").CheckAsync();
        await provider.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(provider.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã trả lời.");

        await provider.GetByLabel("Ngày cung cấp").FillAsync(Procedure.Today);
        await provider.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Buổi tham vấn đầu tiên.");
        await provider.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận lần cung cấp" }).ClickAsync();
        await Expect(provider.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận lần cung cấp.");
        await Expect(provider.Locator(".deliveries")).ToContainTextAsync("Buổi tham vấn đầu tiên.");
        await provider.KeepScreenshotAsync("provider");

        await provider.GetByLabel("Ngày hoàn thành").FillAsync(Procedure.Today);
        await provider.GetByLabel("Kinh phí thực tế (đồng)").FillAsync("300.000");
        await provider.GetByLabel("Kết quả").FillAsync("Trẻ đã ổn định.");
        await provider.AssertAccessibleAsync();
        await provider.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành" }).ClickAsync();
        await Expect(provider.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã hoàn thành dịch vụ.");
        await Expect(provider.Locator(".facts")).ToContainTextAsync("300.000 đ");
        await Expect(provider.Locator("main")).Not.ToContainTextAsync(child);

        await using var workerContext = await web.NewContextAsync();
        var worker = await workerContext.SignInAsync("demo.socialworker");
        await worker.GotoAsync($"/cases/{taken.Id}?tab=services");
        await Expect(worker.Locator("main .entries")).ToContainTextAsync("300.000 đ");
        await Expect(worker.Locator("main .entries")).ToContainTextAsync("Buổi tham vấn đầu tiên.");
        await Expect(worker.Locator("main .entries")).ToContainTextAsync("Trẻ đã ổn định.");
    }

    /// <summary>The demo provider's account linked, as an administrator would, to Ngô Thị Hạnh of the ward's health station;
    /// the station's id.</summary>
    private async Task<Guid> LinkDemoProviderAsync()
    {
        using var admin = await web.ApiForAsync("demo.admin");
        var staff = (await admin.GetFromJsonAsync<JsonElement>("api/directory/staff?unitCode=21025")).EnumerateArray()
            .First(s => s.GetProperty("fullName").GetString() == "Ngô Thị Hạnh");
        var user = (await admin.GetFromJsonAsync<JsonElement>("api/identity/users?unitCode=21025")).EnumerateArray()
            .First(u => u.GetProperty("userName").GetString() == "demo.serviceprovider");
        using var linked = await admin.PutAsJsonAsync($"api/identity/users/{user.GetProperty("id").GetGuid()}/staff", new { staffId = staff.GetProperty("id").GetGuid() });
        linked.EnsureSuccessStatusCode();
        return staff.GetProperty("organisationId").GetGuid();
    }

    /// <summary>Until the approved plan's referral has reached its provider (SupportInterventions sends it after the decision).</summary>
    private static async Task SentToProviderAsync(HttpClient provider, string caseNumber)
    {
        for (var i = 0; i < 40; i++)
        {
            var open = await provider.GetFromJsonAsync<JsonElement>("api/support/service-referrals?openOnly=true");
            if (open.EnumerateArray().Any(r => r.GetProperty("caseNumber").GetString() == caseNumber))
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"No referral of {caseNumber} reached the provider.");
    }
}
