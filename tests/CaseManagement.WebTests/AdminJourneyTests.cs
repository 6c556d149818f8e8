using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>An administrator keeps the accounts of their area: locks one (its next request is refused) and unlocks it; a
/// commune officer cannot open the administrator's pages.</summary>
[Collection(WebCollection.Name)]
public sealed class AdminJourneyTests(WebFixture web)
{
    [Fact]
    public async Task The_administrator_locks_an_account_whose_next_request_is_refused_and_unlocks_it()
    {
        await using var collaboratorContext = await web.NewContextAsync();
        var collaborator = await collaboratorContext.SignInAsync("demo.collaborator");

        await using var context = await web.NewContextAsync();
        var admin = await context.SignInAsync("demo.admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Người dùng", Exact = true }).ClickAsync();
        var row = admin.Locator("ul.users li", new() { HasText = "demo.collaborator" });
        await Expect(row).ToContainTextAsync("21025-TDP1");
        await admin.AssertAccessibleAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Khóa tài khoản demo.collaborator" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã khóa tài khoản.");
        await Expect(row).ToContainTextAsync("Đã khóa");

        // The locked person's next page does not open.
        await collaborator.GotoAsync("/reports/mine");
        await Expect(collaborator.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Tin báo tôi đã gửi");

        await row.GetByRole(AriaRole.Button, new() { Name = "Mở khóa tài khoản demo.collaborator" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã mở khóa tài khoản.");
        await Expect(row).Not.ToContainTextAsync("Đã khóa");
        await using var laterContext = await web.NewContextAsync();
        var again = await laterContext.SignInAsync("demo.collaborator");
        await again.GotoAsync("/reports/mine");
        await Expect(again.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tin báo tôi đã gửi");
    }

    [Fact]
    public async Task A_commune_officer_cannot_open_the_administrators_pages()
    {
        await using var context = await web.NewContextAsync();
        var worker = await context.SignInAsync("demo.socialworker");
        await Expect(worker.GetByRole(AriaRole.Link, new() { Name = "Người dùng", Exact = true })).ToHaveCountAsync(0);
        var page = await worker.GotoAsync("/admin/users");
        Assert.Equal(403, page!.Status);
        await Expect(worker.Locator("main")).Not.ToContainTextAsync("demo.collaborator");
    }
}
