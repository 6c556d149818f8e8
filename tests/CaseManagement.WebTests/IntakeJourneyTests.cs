using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>A social worker takes a report (Mẫu 01) on a phone.</summary>
[Collection(WebCollection.Name)]
public sealed class IntakeJourneyTests(WebFixture web)
{
    [Fact]
    public async Task A_report_taken_on_a_phone_opens_one_case_with_its_12_hour_limit_even_when_sent_twice()
    {
        var child = "Võ Thị Báo Tin " + Guid.NewGuid().ToString("N")[..4];
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận tin báo" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tiếp nhận thông tin (Mẫu 01)");
        await page.AssertAccessibleAsync();
        await page.AssertNoSidewaysScrollAsync();
        await page.GetByLabel("Họ và tên trẻ").FillAsync(child);
        await page.GetByLabel("Ngày sinh", new() { Exact = true }).FillAsync("2016-05-10");
        await page.GetByLabel("Giới tính").SelectOptionAsync("Female");
        await page.GetByLabel("Hình thức xâm hại").SelectOptionAsync("PhysicalViolence");
        await page.GetByLabel("Bối cảnh").SelectOptionAsync("family");
        await page.GetByLabel("Mô tả sự việc").FillAsync("Hàng xóm thấy cháu bị đánh.");
        await page.KeepScreenshotAsync("report");
        // The form as the browser would send it, kept to send again as a retry on a bad link would.
        var posted = await page.Locator("form.report").EvaluateAsync<string>("f => new URLSearchParams(new FormData(f)).toString()");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và lưu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tiếp nhận tin báo. Số hồ sơ:");
        var number = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync())["Hồ sơ ".Length..];
        await Expect(page.Locator(".limits li").First).ToContainTextAsync("12 giờ");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("case");
        var caseUrl = new Uri(page.Url).AbsolutePath;

        var again = await context.APIRequest.PostAsync("/reports/new", new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" },
            Data = posted, MaxRedirects = 0,
        });
        Assert.Equal(302, again.Status);
        Assert.Equal(caseUrl, new Uri(new Uri(web.Host.BaseAddress, again.Headers["location"]).ToString()).AbsolutePath);

        using var api = await web.ApiForAsync("demo.socialworker");
        var found = await api.GetFromJsonAsync<JsonElement>($"api/cases?childName={Uri.EscapeDataString(child)}");
        Assert.Equal(1, found.GetProperty("total").GetInt32());

        await page.GetByRole(AriaRole.Link, new() { Name = "Việc cần làm" }).ClickAsync();
        await Expect(page.Locator("ul.work li", new() { HasText = number })).ToContainTextAsync("còn 11 giờ");
    }

    [Fact]
    public async Task Field_errors_show_beside_their_fields_and_keep_what_was_typed()
    {
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");
        await page.GotoAsync("/reports/new");

        await page.GetByLabel("Họ và tên trẻ").FillAsync("Nguyễn Văn Lỗi");
        await page.GetByLabel("Ngày sinh", new() { Exact = true }).FillAsync("2001-01-01"); // an adult
        await page.GetByLabel("Mô tả sự việc").FillAsync("Giữ nguyên nội dung này.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và lưu" }).ClickAsync();

        await Expect(page.Locator("#ChildDateOfBirth-error")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Mô tả sự việc")).ToHaveValueAsync("Giữ nguyên nội dung này.");
        await Expect(page.GetByLabel("Họ và tên trẻ")).ToHaveValueAsync("Nguyễn Văn Lỗi");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_village_collaborator_sends_a_report_and_follows_it_by_initials_in_the_reports_they_sent()
    {
        var child = "Cộng Tác Viên " + Guid.NewGuid().ToString("N")[..4];
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.collaborator");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận tin báo" }).ClickAsync();
        await page.GetByLabel("Họ và tên trẻ").FillAsync(child);
        await page.GetByLabel("Tuổi ước tính (nếu không rõ ngày sinh)").FillAsync("7");
        await page.GetByLabel("Giới tính").SelectOptionAsync("Male");
        await page.GetByLabel("Hình thức xâm hại").SelectOptionAsync("NeglectWithoutAlternativeCare");
        await page.GetByLabel("Bối cảnh").SelectOptionAsync("family");
        await page.GetByLabel("Mô tả sự việc").FillAsync("Cháu thường bị bỏ một mình ở nhà.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và lưu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi tin báo. Số hồ sơ: 21025-");
        // Its row, by the number just given (another report may share the minute it was received in).
        var number = System.Text.RegularExpressions.Regex.Match(await page.GetByRole(AriaRole.Status).InnerTextAsync(), @"21025-\d{4}-\d+").Value;
        var row = page.Locator(".sent li", new() { HasText = number });
        await Expect(row).ToContainTextAsync(string.Join(" ", child.Split(' ').Select(word => char.ToUpperInvariant(word[0]) + ".")));
        await Expect(row).ToContainTextAsync("Đã tiếp nhận");
        await page.KeepScreenshotAsync("collaborator");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(child);
        await page.AssertAccessibleAsync();
        await page.AssertNoSidewaysScrollAsync();
    }
}
