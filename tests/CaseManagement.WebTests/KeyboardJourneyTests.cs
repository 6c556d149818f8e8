using System.Globalization;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>The commune's work with the keyboard alone (Tab to a field or button, type, arrow keys in a list, Enter): a
/// report, a step, and a plan with a row added.</summary>
[Collection(WebCollection.Name)]
public sealed class KeyboardJourneyTests(WebFixture web)
{
    [Fact]
    public async Task A_report_is_taken_with_the_keyboard_alone()
    {
        var child = "Chỉ Bàn Phím " + Guid.NewGuid().ToString("N")[..4];
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");

        await page.TabToTextAsync("Tiếp nhận tin báo");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tiếp nhận thông tin (Mẫu 01)");
        await page.TabToIdAsync("ChildName");
        await page.Keyboard.TypeAsync(child);
        await page.TabToIdAsync("ChildEstimatedAge");
        await page.Keyboard.TypeAsync("9");
        await page.TabToIdAsync("ChildSex");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByLabel("Giới tính")).Not.ToHaveValueAsync("");
        await page.TabToIdAsync("AbuseSubType");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByLabel("Hình thức xâm hại")).Not.ToHaveValueAsync("");
        await page.TabToIdAsync("Setting");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.TabToIdAsync("Description");
        await page.Keyboard.TypeAsync("Cô giáo thấy cháu có vết bầm.");
        await page.TabToTextAsync("Kiểm tra và lưu");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tiếp nhận tin báo. Số hồ sơ:");
        await page.OpenPartAsync("Trẻ em, gia đình");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(child);
    }

    [Fact]
    public async Task The_hotline_takes_a_report_with_the_keyboard_alone_and_is_told_whom_to_call_in_the_commune()
    {
        // The commune knows the child already: the hotline's check finds them, in initials, with their file's number.
        var child = "Tổng Đài Biết " + Guid.NewGuid().ToString("N")[..4];
        using var api = await web.ApiForAsync("demo.socialworker");
        var known = await Reports.TakeAsync(api, child, DateTimeOffset.UtcNow.AddDays(-3));
        await using var context = await web.NewContextAsync(new() { Width = 1280, Height = 900 });
        var page = await context.SignInAsync("demo.hotlineoperator");

        await page.TabToTextAsync("Tiếp nhận tin báo");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByLabel("Hình thức tiếp nhận")).ToHaveValueAsync("Hotline111");
        await page.TabToIdAsync("ChildName");
        await page.Keyboard.TypeAsync(child);
        await page.TabToIdAsync("ChildDateOfBirth");
        await page.Keyboard.TypeAsync("03022015"); // 2 March 2015, in the test browser's month-day-year field
        await page.TabToIdAsync("ChildSex");
        await page.Keyboard.TypeAsync("Nam"); // a list answers the letters typed
        await Expect(page.GetByLabel("Giới tính")).ToHaveValueAsync("Male");
        // As the name and birth are typed, the form says the child may be known, in initials, before anything is saved.
        var initials = string.Join(" ", child.Split(' ').Select(word => char.ToUpperInvariant(word[0]) + "."));
        await Expect(page.Locator(".known-live")).ToContainTextAsync($"{initials} · sinh năm 2015 · Hồ sơ đã có: {known.Number}");
        await page.TabToIdAsync("AbuseSubType");
        await page.Keyboard.PressAsync("ArrowDown");
        // The place picked by typing its name in the list: the report goes to the commune it is in.
        await page.TabToIdAsync("Place");
        await page.Keyboard.TypeAsync("Phường Nguyễn");
        await Expect(page.GetByLabel("Nơi xảy ra")).ToHaveValueAsync("21025");
        await page.TabToIdAsync("Description");
        await page.Keyboard.TypeAsync("Người gọi nghe tiếng trẻ khóc, bị đánh.");
        await page.TabToTextAsync("Kiểm tra và lưu");
        await page.Keyboard.PressAsync("Enter");

        var candidates = page.Locator("section.duplicates");
        await Expect(candidates).ToContainTextAsync(initials);
        await Expect(candidates).ToContainTextAsync($"Hồ sơ đã có: {known.Number}");
        await Expect(candidates).Not.ToContainTextAsync(child);
        await page.AssertAccessibleAsync();
        await page.TabToAsync($"document.activeElement?.value === 'new'");
        await page.Keyboard.PressAsync("ArrowDown"); // the known child: a new case for them
        await Expect(candidates.Locator("input[value^='child:']")).ToBeCheckedAsync();
        await page.TabToTextAsync("Lưu tin báo");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi tin báo. Số hồ sơ: 21025-");
        var contacts = page.Locator(".contacts");
        await Expect(contacts).ToContainTextAsync("Nguyễn Thị Bích");
        await Expect(contacts).ToContainTextAsync("Trần Thị Thu Hà");
        await Expect(contacts.GetByRole(AriaRole.Link, new() { Name = "0255 3822 360" }).First).ToHaveAttributeAsync("href", "tel:02553822360");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_hotline_looks_a_child_up_across_the_province_and_sees_initials_the_commune_and_the_step()
    {
        var child = "Tra Cứu Tỉnh " + Guid.NewGuid().ToString("N")[..4];
        using var api = await web.ApiForAsync("demo.socialworker");
        var known = await Reports.TakeAsync(api, child, DateTimeOffset.UtcNow.AddDays(-2));
        await using var context = await web.NewContextAsync(new() { Width = 1280, Height = 900 });
        var page = await context.SignInAsync("demo.hotlineoperator");

        await page.TabToTextAsync("Tra cứu trẻ");
        await page.Keyboard.PressAsync("Enter");
        await page.TabToIdAsync("Name");
        await page.Keyboard.TypeAsync(child);
        await page.TabToIdAsync("Sex");
        await page.Keyboard.TypeAsync("Nam");
        await page.TabToTextAsync("Tra cứu");
        await page.Keyboard.PressAsync("Enter");

        var found = page.Locator("ul.found li", new() { HasText = known.Number });
        var initials = string.Join(" ", child.Split(' ').Select(word => char.ToUpperInvariant(word[0]) + "."));
        await Expect(found).ToContainTextAsync($"{initials} · sinh năm 2015");
        await Expect(found).ToContainTextAsync($"{known.Number} · Phường Nguyễn Nghiêm · Đã tiếp nhận");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(child);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Steps_are_taken_with_the_keyboard_alone()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var taken = await Reports.TakeAsync(api, "Bàn Phím " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-1));

        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");
        await page.GotoAsync($"/cases/{taken.Id}");
        await page.TabToTextAsync("Bắt đầu xác minh");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bắt đầu xác minh");
        await page.TabToTextAsync("Ghi nhận");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Bắt đầu xác minh.");

        await page.TabToTextAsync("Kết quả xác minh");
        await page.Keyboard.PressAsync("Enter");
        await page.TabToIdAsync("Outcome");
        await page.Keyboard.PressAsync("ArrowDown"); // the first outcome: confirmed
        await Expect(page.GetByLabel("Kết quả", new() { Exact = true })).ToHaveValueAsync("Confirmed");
        await page.TabToTextAsync("Ghi nhận");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Kết quả xác minh.");
    }

    [Fact]
    public async Task A_plan_is_drafted_with_the_keyboard_alone_and_a_row_added_keeps_what_was_typed()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var taken = await Reports.TakeAsync(api, "Kế Hoạch Phím " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-3));
        await Procedure.PlanningAsync(api, taken.Id);

        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");
        await page.GotoAsync($"/cases/{taken.Id}");
        await page.TabToTextAsync("Soạn kế hoạch hỗ trợ (Mẫu 04)");
        await page.Keyboard.PressAsync("Enter");
        await page.TabToIdAsync("Objectives");
        await page.Keyboard.TypeAsync("Trẻ an toàn ở nhà.");
        await page.TabToIdAsync("Items[0].ServiceType");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("select[name='Form.Items[0].Service']")).Not.ToHaveValueAsync("");
        await page.TabToIdAsync("Items[0].ResponsiblePerson");
        await page.Keyboard.TypeAsync("Cán bộ xã");
        await page.TabToIdAsync("Items[0].StartOn");
        await page.Keyboard.TypeAsync(Typed(Procedure.Today));
        await Expect(page.Locator("input[name='Form.Items[0].StartOn']")).ToHaveValueAsync(Procedure.Today);
        await page.TabToIdAsync("Items[0].ExpectedEndOn");
        await page.Keyboard.TypeAsync(Typed(Procedure.InDays(30)));
        await page.TabToIdAsync("Items[0].EstimatedCostVnd");
        await page.Keyboard.TypeAsync("0");

        await page.TabToTextAsync("Thêm dịch vụ");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("select[name='Form.Items[1].Service']")).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Mục tiêu")).ToHaveValueAsync("Trẻ an toàn ở nhà.");
        await Expect(page.Locator("input[name='Form.Items[0].ExpectedEndOn']")).ToHaveValueAsync(Procedure.InDays(30));

        await page.TabToTextAsync("Ghi nhận");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Soạn kế hoạch hỗ trợ (Mẫu 04).");
    }

    /// <summary>A date as typed into the test browser's date field, in the order the field shows (month, day, year: headless
    /// Chromium draws date fields in its own English whatever the page's language); the field moves on by itself.</summary>
    private static string Typed(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMddyyyy", CultureInfo.InvariantCulture);
}
