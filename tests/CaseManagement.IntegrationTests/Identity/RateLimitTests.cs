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
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await host.Accounts.RequestTokenAsync("nobody", "Wrong@Password1");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        using (last)
        {
            Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a refusal says when to come back");
            Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        }
    }
}
