using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>A social worker finds a case, opens its record, and sees what is overdue first.</summary>
[Collection(WebCollection.Name)]
public sealed class CaseListJourneyTests(WebFixture web)
{
    [Fact]
    public async Task A_report_left_for_13_hours_is_overdue_and_listed_with_the_overdue_work_first()
    {
        var clock = web.Host.Clock;
        using var api = await web.ApiForAsync("demo.socialworker");
        var late = await Reports.TakeAsync(api, "Đinh Văn Muộn", clock.GetUtcNow());

        // Thirteen hours pass on the Host's clock (and in the browser opened after it): the 12-hour limit ran out an hour ago.
        using (clock.Advance(TimeSpan.FromHours(13)))
        {
            using var later = await web.ApiForAsync("demo.socialworker");
            var fresh = await Reports.TakeAsync(later, "Lê Thị Mới", clock.GetUtcNow().AddMinutes(-5));
            await using var context = await web.NewContextAsync();
            var page = await context.SignInAsync("demo.socialworker");

            var work = page.Locator("ul.work > li");
            var lateItem = work.Filter(new() { HasText = late.Number });
            await Expect(lateItem).ToHaveClassAsync("overdue");
            await Expect(lateItem.Locator(".left")).ToContainTextAsync("quá 1 giờ");
            var overdue = await work.EvaluateAllAsync<bool[]>("items => items.map(i => i.classList.contains('overdue'))");
            Assert.True(overdue.SkipWhile(o => o).All(o => !o), "every overdue item comes before the others");
            await Expect(page.Locator(".summary .late")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await page.AssertNoSidewaysScrollAsync();

            await page.GotoAsync($"/cases/{fresh.Id}");
            await Expect(page.Locator(".limits li").First).Not.ToHaveClassAsync("overdue");
            await Expect(page.Locator(".limits li .left").First).ToContainTextAsync("còn 11 giờ");
        }
    }

    [Fact]
    public async Task Finds_a_child_without_diacritics_and_opens_the_case_record_with_its_limit_and_timeline()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var taken = await Reports.TakeAsync(api, "Phạm Thị Tìm Thấy", DateTimeOffset.UtcNow.AddHours(-1));

        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ", Exact = true }).ClickAsync();
        await page.GetByLabel("Tên trẻ").FillAsync("pham thi tim thay");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tìm thấy 1 hồ sơ");
        await page.AssertAccessibleAsync();
        await page.AssertNoSidewaysScrollAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = taken.Number }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hồ sơ {taken.Number}");
        await Expect(page.Locator(".limits li").First).ToContainTextAsync("12 giờ");
        await page.OpenPartAsync("Diễn biến");
        await Expect(page.Locator(".timeline li").First).ToContainTextAsync("demo.socialworker");
        await Expect(page.Locator(".timeline li").First).ToContainTextAsync("Tiếp nhận tin báo");
        await page.AssertAccessibleAsync();
        await page.AssertNoSidewaysScrollAsync();
    }

    [Fact]
    public async Task A_chair_sees_first_what_awaits_their_decision()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var taken = await Reports.TakeAsync(api, "Chờ Chủ Tịch Quyết", DateTimeOffset.UtcNow.AddHours(-2));
        await Procedure.VerifiedAsync(api, taken.Id);
        await Procedure.StepAsync(api, taken.Id, "initial-assessment", v => new { version = v, harm = "High", risk = "High", emergencyNeeded = true, reason = "Bị đe dọa." });
        var notYet = await Reports.TakeAsync(api, "Chưa Đến Lượt Chủ Tịch", DateTimeOffset.UtcNow.AddHours(-1));

        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.communechair");
        var decisions = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Chờ quyết định" }) });
        await Expect(decisions.Locator("li", new() { HasText = taken.Number })).ToContainTextAsync("Quyết định can thiệp khẩn cấp trong 12 giờ");
        // A report not yet assessed runs the same 12 hours, but the chair has nothing to decide on it yet.
        await Expect(decisions.Locator("li", new() { HasText = notYet.Number })).ToHaveCountAsync(0);
        await Expect(page.Locator("ul.work li", new() { HasText = notYet.Number })).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("chair-home");
    }

    [Fact]
    public async Task Another_communes_case_answers_not_found_as_one_that_does_not_exist()
    {
        // The hotline takes a report for Thị trấn Ba Tơ: the case is that commune's.
        using var hotline = await web.ApiForAsync("demo.hotlineoperator");
        var elsewhere = await Procedure.PostAsync(hotline, "api/cases", new
        {
            channel = "Hotline111", receivedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("o"), receivingBody = "Tổng đài 111",
            children = new[] { new { fullName = "Ở Xã Khác", sex = "Male", estimatedAge = 9, residenceUnitCode = "21484" } },
            incident = new { kind = "Abuse", abuseType = "Violence", abuseSubType = "PhysicalViolence", placeUnitCode = "21484", setting = "family" },
        });
        Assert.Equal("21484", elsewhere.GetProperty("unitCode").GetString());

        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");
        foreach (var id in new[] { elsewhere.GetProperty("caseId").GetGuid(), Guid.NewGuid() })
        {
            var response = await page.GotoAsync($"/cases/{id}");
            Assert.Equal(404, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy hồ sơ");
            Assert.Equal(404, (await page.GotoAsync($"/cases/{id}/verification"))!.Status);
        }
    }
}
