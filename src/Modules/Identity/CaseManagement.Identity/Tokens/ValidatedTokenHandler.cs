using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
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
/// claims again, which was about 6 % of the Host's CPU per report at intake. A token is revalidated
/// at least every <see cref="RevalidateAfter"/>, so that a removed signing key stops it soon.
/// Requests without a bearer header, and every failure, go to OpenIddict unchanged, uncached.
/// </summary>
internal sealed class ValidatedTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IMemoryCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "validated-token";

    public static readonly TimeSpan RevalidateAfter = TimeSpan.FromMinutes(5);

    private const string BearerPrefix = "Bearer ";

    private sealed record Validated(AuthenticationTicket Ticket, DateTimeOffset Until);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = BearerToken();
        var now = TimeProvider.GetUtcNow();
        if (token is not null && cache.TryGetValue((SchemeName, token), out Validated? known) && known!.Until > now)
        {
            return Success(known.Ticket);
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

        return Success(result.Ticket);
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
