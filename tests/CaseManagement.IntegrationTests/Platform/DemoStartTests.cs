using System.Net;
using System.Text.Json;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Platform;

/// <summary>The embedded default as the README's first command starts it: demo units, catalogue and users loaded.</summary>
public sealed class DemoHost : SqliteHost
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [.. base.Settings, new("Demo:Enabled", "true")];
}

public sealed class DemoStartTests(DemoHost host) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task The_first_command_starts_with_its_demo_data_and_a_demo_user_signs_in()
    {
        using var token = await host.Accounts.RequestTokenAsync("demo.socialworker", "Demo@12345");
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.ReadJsonAsync()).GetProperty("access_token").GetString());
        var organisations = await client.GetJsonAsync("/api/directory/organisations");
        Assert.True(organisations.GetArrayLength() > 0, "the demo catalogue is loaded");
        Assert.Equal(JsonValueKind.Array, (await client.GetJsonAsync("/api/cases/work-list")).GetProperty("items").ValueKind);
    }
}
