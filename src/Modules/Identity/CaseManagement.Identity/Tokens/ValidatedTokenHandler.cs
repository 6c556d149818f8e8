using System.Text.Encodings.Web;
using CaseManagement.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace CaseManagement.Identity.Tokens;

/// <summary>
/// The API's authentication scheme: OpenIddict's validation of the bearer token, done once per
/// distinct token. Access tokens are self-contained signed JWTs checked without a database lookup, so
/// validating the same token again gives the same principal until it expires; each request after the
/// first reuses that principal (a copy) instead of verifying the RSA signature and rebuilding the
/// claims again, a noticeable share of each request's CPU at intake. A token is revalidated
/// at least every <see cref="RevalidateAfter"/>, so that a removed signing key stops it soon.
/// Requests without a bearer header, and every failure, go to OpenIddict unchanged, uncached.
/// A user's token is then held against their account (<see cref="AccountStamps"/>): once the account
/// is locked or changed, its earlier tokens are refused.
/// </summary>
internal sealed class ValidatedTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IMemoryCache cache, AccountStamps accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "validated-token";

    public static readonly TimeSpan RevalidateAfter = TimeSpan.FromMinutes(5);

    private const string BearerPrefix = "Bearer ";

    private static readonly object AccountChangedKey = new();

    private sealed record Validated(AuthenticationTicket Ticket, DateTimeOffset Until);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = BearerToken();
        var now = TimeProvider.GetUtcNow();
        if (token is not null && cache.TryGetValue((SchemeName, token), out Validated? known) && known!.Until > now)
        {
            return await AccountCurrentAsync(known.Ticket) ? Success(known.Ticket) : AccountChanged();
        }

        var result = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded)
        {
            return result;
        }

        if (token is not null && result.Principal.GetExpirationDate() is { } expires && expires > now)
        {
            var until = expires < now + RevalidateAfter ? expires : now + RevalidateAfter;
            cache.Set((SchemeName, token), new Validated(result.Ticket, until), until - now);
        }

        return await AccountCurrentAsync(result.Ticket) ? Success(result.Ticket) : AccountChanged();
    }

    /// <summary>Tokens of system clients carry no account stamp: a client is withdrawn by removing it.</summary>
    private async Task<bool> AccountCurrentAsync(AuthenticationTicket ticket)
    {
        var stamp = ticket.Principal.FindFirst(CaseManagementClaims.AccountStamp)?.Value;
        return stamp is null
            || (Guid.TryParse(ticket.Principal.FindFirst(OpenIddictConstants.Claims.Subject)?.Value, out var userId)
                && await accounts.IsCurrentAsync(userId, stamp, Context.RequestAborted));
    }

    private AuthenticateResult AccountChanged()
    {
        Context.Items[AccountChangedKey] = true;
        return AuthenticateResult.Fail("The account was locked or changed since the token was issued.");
    }

    /// <summary>A token refused for its account is answered here (OpenIddict, which found the token itself
    /// valid, would answer 403); every other challenge is OpenIddict's.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!Context.Items.ContainsKey(AccountChangedKey))
        {
            return Context.ChallengeAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, properties);
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The account was locked or changed; sign in again.\"";
        return Task.CompletedTask;
    }

    /// <summary>A copy per request: nothing a request does to its principal reaches another.</summary>
    private AuthenticateResult Success(AuthenticationTicket ticket) =>
        AuthenticateResult.Success(new AuthenticationTicket(ticket.Principal.Clone(), ticket.Properties.Clone(), SchemeName));

    private string? BearerToken()
    {
        var header = Request.Headers.Authorization;
        return header.Count == 1 && header[0] is { Length: > 7 } value && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? value[BearerPrefix.Length..].Trim()
            : null;
    }
}
