using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>What a new user sees after `dotnet run`: the Host in Development takes a dozen demo cases through its own API, and
/// the demo users' homes show their work.</summary>
[Collection(WebCollection.Name)]
public sealed class DemoCasesTests(WebFixture web, DemoCasesTests.DevelopmentHost development) : IClassFixture<DemoCasesTests.DevelopmentHost>
{
    [Fact]
    public async Task The_demo_users_find_a_dozen_marked_demo_cases_at_their_steps_and_the_chair_the_decisions_waiting()
    {
        var host = development.Host;
        using var api = await web.ApiForAsync("demo.socialworker", host);
        // The last demo case told is closed: its closure means the story is told.
        List<JsonElement> items = [];
        for (var attempt = 0; attempt < 120 && !items.Any(c => c.GetProperty("status").GetString() == "Closed"); attempt++)
        {
            await Task.Delay(500);
            items = [.. (await api.GetFromJsonAsync<JsonElement>("api/cases?pageSize=50")).GetProperty("items").EnumerateArray()];
        }

        Assert.Equal(12, items.Count);
        Assert.All(items, c => Assert.StartsWith("Trẻ Mẫu", c.GetProperty("children")[0].GetProperty("displayName").GetString()));
        Assert.Equal(
            ["Closed", "ClosureProposed", "Emergency", "InitialAssessment", "Planning", "Reported", "SpecificAssessment", "Support", "Verifying"],
            items.Select(c => c.GetProperty("status").GetString()).Distinct().Order());

        await using var context = await web.NewContextAsync(host: host);
        var chair = await context.SignInAsync("demo.communechair");
        var decisions = chair.Locator("section.decide ul.work li");
        await Expect(decisions.Filter(new() { HasText = "Quyết định can thiệp khẩn cấp" })).ToHaveCountAsync(1);
        await Expect(decisions.Filter(new() { HasText = "Phê duyệt kế hoạch" })).ToHaveCountAsync(1);
        await Expect(decisions.Filter(new() { HasText = "Quyết định đóng hồ sơ" })).ToHaveCountAsync(1);
        await chair.AssertAccessibleAsync();
    }

    /// <summary>The Host as `dotnet run` starts it: Development, with the demo cases.</summary>
    public sealed class DevelopmentHost : IAsyncLifetime
    {
        public WebAppHost Host { get; } = new(new Dictionary<string, string> { ["Demo:Cases"] = "true" }, environment: "Development");

        public Task InitializeAsync()
        {
            Host.Start();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
