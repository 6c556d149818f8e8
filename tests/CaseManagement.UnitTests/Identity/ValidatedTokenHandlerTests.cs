using System.Security.Claims;
using System.Text.Encodings.Web;
using CaseManagement.Identity.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace CaseManagement.UnitTests.Identity;

/// <summary>The API scheme in front of OpenIddict's validation, which is played here by a stand-in
/// that counts what it validates: tokens starting "good" pass and expire an hour after issue.</summary>
public sealed class ValidatedTokenHandlerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly ManualClock clock = new(Start);
    private readonly ServiceProvider services;

    public ValidatedTokenHandlerTests()
    {
        var collection = new ServiceCollection().AddLogging().AddMemoryCache().AddSingleton(new Validations(Start.AddHours(1))).AddSingleton(clock);
        // These tokens carry no account stamp (as a system client's): the account check stays out of the way.
        collection.AddSingleton(sp => new AccountStamps(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>(), clock));
        collection.AddAuthentication(ValidatedTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ValidatedTokenHandler>(ValidatedTokenHandler.SchemeName, o => o.TimeProvider = clock)
            .AddScheme<AuthenticationSchemeOptions, StandInValidation>(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, _ => { });
        services = collection.BuildServiceProvider();
    }

    private Validations Count => services.GetRequiredService<Validations>();

    public void Dispose() => services.Dispose();

    private async Task<AuthenticateResult> AuthenticateAsync(string? authorization)
    {
        using var scope = services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        return await context.AuthenticateAsync();
    }

    [Fact]
    public async Task A_token_is_validated_once_and_each_request_gets_its_own_copy_of_the_principal()
    {
        var first = await AuthenticateAsync("Bearer good-1");
        var second = await AuthenticateAsync("Bearer good-1");

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(1, Count.Of("good-1"));
        Assert.Equal("user-good-1", second.Principal!.FindFirst(OpenIddictConstants.Claims.Subject)?.Value);
        Assert.NotSame(first.Principal, second.Principal);
        Assert.Equal(ValidatedTokenHandler.SchemeName, second.Ticket!.AuthenticationScheme);
    }

    [Fact]
    public async Task Another_token_is_validated_on_its_own_and_a_refused_one_is_asked_about_every_time()
    {
        await AuthenticateAsync("Bearer good-1");
        var other = await AuthenticateAsync("Bearer good-2");
        var refused = await AuthenticateAsync("Bearer forged");
        var refusedAgain = await AuthenticateAsync("Bearer forged");

        Assert.True(other.Succeeded);
        Assert.Equal("user-good-2", other.Principal!.FindFirst(OpenIddictConstants.Claims.Subject)?.Value);
        Assert.False(refused.Succeeded || refusedAgain.Succeeded);
        Assert.Equal(2, Count.Of("forged"));
    }

    [Fact]
    public async Task A_known_token_is_validated_again_after_five_minutes_and_not_accepted_from_memory_once_expired()
    {
        await AuthenticateAsync("Bearer good-1");
        clock.Advance(ValidatedTokenHandler.RevalidateAfter + TimeSpan.FromSeconds(1));
        await AuthenticateAsync("Bearer good-1");
        Assert.Equal(2, Count.Of("good-1"));

        clock.Advance(TimeSpan.FromHours(1));
        var expired = await AuthenticateAsync("Bearer good-1");
        Assert.False(expired.Succeeded);
        Assert.Equal(3, Count.Of("good-1"));
    }

    [Fact]
    public async Task A_request_without_a_bearer_token_is_left_to_the_validation_each_time()
    {
        var none = await AuthenticateAsync(null);
        await AuthenticateAsync(null);

        Assert.False(none.Succeeded);
        Assert.Equal(2, Count.Of(""));
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset now = now;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }

    private sealed class Validations(DateTimeOffset expiresAt)
    {
        private readonly Dictionary<string, int> counts = [];

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public int Of(string token) => counts.GetValueOrDefault(token);

        public void Saw(string token) => counts[token] = Of(token) + 1;
    }

    private sealed class StandInValidation(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Validations validations, ManualClock clock)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var token = Request.Headers.Authorization.ToString().Replace("Bearer ", "", StringComparison.Ordinal);
            validations.Saw(token);
            if (!token.StartsWith("good", StringComparison.Ordinal) || clock.GetUtcNow() >= validations.ExpiresAt)
            {
                return Task.FromResult(token.Length == 0 ? AuthenticateResult.NoResult() : AuthenticateResult.Fail("invalid_token"));
            }

            var identity = new ClaimsIdentity([new Claim(OpenIddictConstants.Claims.Subject, "user-" + token)], "test");
            var principal = new ClaimsPrincipal(identity).SetExpirationDate(validations.ExpiresAt);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
        }
    }
}
