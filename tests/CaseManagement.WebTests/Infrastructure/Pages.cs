using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseManagement.WebTests.Infrastructure;

/// <summary>What a person does on every journey: sign in, and the checks every page must pass.</summary>
public static class Pages
{
    /// <summary>Opens the web application and signs in on the sign-in page, as a person would; returns on home.</summary>
    public static async Task<IPage> SignInAsync(this IBrowserContext context, string userName, string password = WebFixture.DemoPassword)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    /// <summary>Opens a part of the case record (Tóm tắt, Diễn biến…) from its tabs, and waits until it is the one shown.</summary>
    public static async Task OpenPartAsync(this IPage page, string name)
    {
        var parts = page.GetByRole(AriaRole.Navigation, new() { Name = "Các phần của hồ sơ" });
        await parts.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Assertions.Expect(parts.Locator("[aria-current=page]")).ToHaveTextAsync(name);
    }

    /// <summary>Presses Tab until the focused element is the one described (a JavaScript condition), as a keyboard user moves.</summary>
    public static async Task TabToAsync(this IPage page, string focused)
    {
        for (var presses = 0; presses < 120; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => {focused}"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached the element where {focused}.");
    }

    /// <summary>Tabs to the field of this id.</summary>
    public static Task TabToIdAsync(this IPage page, string id) =>
        page.TabToAsync($"document.activeElement?.id === {System.Text.Json.JsonSerializer.Serialize(id)}");

    /// <summary>Tabs to the link or button that reads this text.</summary>
    public static Task TabToTextAsync(this IPage page, string text) =>
        page.TabToAsync($"document.activeElement?.textContent?.trim() === {System.Text.Json.JsonSerializer.Serialize(text)}");

    /// <summary>WCAG 2.1 AA as axe checks it: no violations on the page as it stands.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
    }

    /// <summary>Keeps a picture of the page for the README when <c>CM_SCREENSHOTS</c> names a folder
    /// (<c>CM_SCREENSHOTS=$PWD/docs/screens scripts/test.sh --filter FullyQualifiedName~WebTests</c>: a full path, as the tests run
    /// in their build folder).</summary>
    public static async Task KeepScreenshotAsync(this IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("CM_SCREENSHOTS") is { Length: > 0 } folder)
        {
            System.IO.Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    /// <summary>At the width of a phone nothing scrolls sideways.</summary>
    public static async Task AssertNoSidewaysScrollAsync(this IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px window.");
    }
}
