using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Account;

/// <summary>Keeps a session's access token fresh: when it is within <see cref="Margin"/> of expiring, the refresh
/// token buys a new one and the session (kept on the server) is renewed. When the refresh is refused (the account
/// was locked, its roles changed, the refresh token ran out), the session ends and the user signs in again.</summary>
internal sealed partial class TokenRefresher(IOptionsMonitor<OpenIdConnectOptions> oidc, TimeProvider clock, ILogger<TokenRefresher> logger)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);

    public async Task RefreshWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        if (!DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires)
            || expires - clock.GetUtcNow() > Margin)
        {
            return;
        }

        var options = oidc.Get(WebAuthentication.OidcScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
        using var response = await options.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken ?? "",
            ["client_id"] = options.ClientId!,
            ["client_secret"] = options.ClientSecret!,
        }), context.HttpContext.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            LogRefused(logger, (int)response.StatusCode);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(WebAuthentication.CookieScheme);
            return;
        }

        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(context.HttpContext.RequestAborted));
        var root = body.RootElement;
        var lifetime = root.TryGetProperty("expires_in", out var seconds) ? seconds.GetInt32() : 0;
        context.Properties.UpdateTokenValue("access_token", root.GetProperty("access_token").GetString()!);
        if (root.TryGetProperty("refresh_token", out var rotated))
        {
            context.Properties.UpdateTokenValue("refresh_token", rotated.GetString()!);
        }

        context.Properties.UpdateTokenValue("expires_at", (clock.GetUtcNow() + TimeSpan.FromSeconds(lifetime)).ToString("o", CultureInfo.InvariantCulture));
        context.ShouldRenew = true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A web session's token refresh was refused ({Status}); the user signs in again")]
    private static partial void LogRefused(ILogger logger, int status);
}
