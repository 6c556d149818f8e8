using System.Net;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Identity;

/// <summary>A host of its own with a low sign-in limit, so the shared hosts keep theirs.</summary>
public sealed class RateLimitedHost : SqliteHost
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [.. base.Settings, new("RateLimiting:SignInPerMinute", "3")];
}

public sealed class RateLimitTests(RateLimitedHost host) : IClassFixture<RateLimitedHost>
{
    [Fact]
    public async Task The_token_endpoint_answers_429_past_the_limit_per_minute()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await host.Accounts.RequestTokenAsync("nobody", "Wrong@Password1");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }
}
