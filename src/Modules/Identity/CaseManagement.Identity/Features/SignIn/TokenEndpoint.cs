using System.Security.Claims;
using System.Text.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Accounts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CaseManagement.Identity.Features.SignIn;

/// <summary>
/// <c>POST /connect/token</c>: OpenIddict has validated the request and the client; this decides who
/// the token is for. Password grant (Development and Testing only, enforced by the server options),
/// client credentials for system integrations, and authorization code / refresh token, where the
/// user is read again so that locked accounts stop getting tokens.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(Path, ExchangeAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .ExcludeFromDescription();

    private static async Task<IResult> ExchangeAsync(
        HttpContext context, UserManager<User> users, SignInManager<User> signIn, PrincipalFactory principals,
        IOpenIddictApplicationManager applications, IAuditTrail audit)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsPasswordGrantType())
        {
            var user = await users.FindByNameAsync(request.Username ?? "");
            var result = user is null || !Features.ManageUsers.UserRules.IsPlausiblePassword(request.Password) ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user!, request.Password ?? "", lockoutOnFailure: true);
            await audit.RecordAsync(SignInAudit.For(result, user?.Id.ToString(), request.Username, result.Succeeded ? 200 : 400), context.RequestAborted);
            return result.Succeeded
                ? Results.SignIn(await principals.ForUserAsync(user!, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
                : Refuse(result.IsLockedOut ? IdentityText.Messages["SignIn.LockedOut"] : IdentityText.Messages["SignIn.Invalid"]);
        }

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("Client vanished.");
            var properties = await applications.GetPropertiesAsync(application);
            var roles = properties.TryGetValue(ClientProperties.Roles, out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
            var unit = properties.TryGetValue(ClientProperties.Unit, out var u) ? u.GetString() ?? "" : "";
            await audit.RecordAsync(new AuditRecord("client-sign-in", "session", request.ClientId, AuditOutcomes.Success, 200, request.ClientId, request.ClientId), context.RequestAborted);
            return Results.SignIn(
                PrincipalFactory.ForClient(request.ClientId!, await applications.GetDisplayNameAsync(application), unit, roles, request.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var stored = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = await users.FindByIdAsync(stored.Principal?.GetClaim(Claims.Subject) ?? "");
            if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
            {
                return Refuse(IdentityText.Messages["SignIn.NoLongerAllowed"]);
            }

            return Results.SignIn(await principals.ForUserAsync(user, stored.Principal!.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.UnsupportedGrantType,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Refuse(string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}

/// <summary>Extra settings stored on an OpenIddict application for system integrations.</summary>
public static class ClientProperties
{
    public const string Roles = "roles";
    public const string Unit = "unit";

    public static JsonElement ToJson<T>(T value) => JsonSerializer.SerializeToElement(value);
}
