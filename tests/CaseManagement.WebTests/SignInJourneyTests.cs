using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>Signing in and out of the web application on a phone, and the language switch.</summary>
[Collection(WebCollection.Name)]
public sealed class SignInJourneyTests(WebFixture web)
{
    [Fact]
    public async Task A_social_worker_signs_in_on_a_phone_and_sees_their_work_in_Vietnamese()
    {
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");

        Assert.Equal("Việc cần làm", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Contains("Cán bộ bảo vệ trẻ em (demo) · Phường Nguyễn Nghiêm", await page.Locator("header").InnerTextAsync());
        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
        // The stylesheet reached the browser (it is public, whoever asks).
        Assert.Equal("rgb(11, 92, 173)", await page.Locator("header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await page.KeepScreenshotAsync("home");
        await page.AssertAccessibleAsync();
        await page.AssertNoSidewaysScrollAsync();
    }

    [Fact]
    public async Task A_role_without_case_lists_signs_in_to_a_home_that_works()
    {
        // Police follow referrals, not the commune's work list: their home must not fail on the list they may not read.
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.policeliaison");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Việc cần làm");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ" })).ToHaveCountAsync(0);

        // Typed in by hand, the case list is refused by the API, and the page says so in words.
        var answer = await page.GotoAsync("/cases");
        Assert.Equal(403, answer!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bạn không có quyền xem trang này.");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_session_cookie_is_small_and_out_of_reach_of_scripts()
    {
        await using var context = await web.NewContextAsync();
        await context.SignInAsync("demo.socialworker");

        var session = (await context.CookiesAsync()).Single(c => c.Name.StartsWith("cm.web", StringComparison.Ordinal));
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
        // The tokens stay on the server: the cookie names the session, nothing more.
        Assert.True(session.Value.Length < 600, $"The session cookie is {session.Value.Length} characters.");
    }

    [Fact]
    public async Task The_English_switch_changes_the_labels_and_stays_chosen()
    {
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("To do");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Việc cần làm");
    }

    [Fact]
    public async Task Signing_out_ends_the_sign_in_server_session_too()
    {
        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/signed-out");
        Assert.Equal("Bạn đã đăng xuất.", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await page.AssertAccessibleAsync();

        // Had only the web layer's cookie gone, the sign-in server would let the browser straight back in.
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập lại" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/sign-in");
    }
}
