using CaseManagement.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CaseManagement.Web.Account;

/// <summary>People sign in to the web application with OpenID Connect (authorization code + PKCE) against the
/// Host's own OpenIddict server (ADR 18). The ticket, with the user's tokens, stays on the server (the Identity
/// module's session store); the browser holds a small cookie naming it. A session idle for
/// <see cref="IdleTimeout"/> ends; the access token is refreshed before it expires.</summary>
public static class WebAuthentication
{
    public const string CookieScheme = "Web";
    public const string OidcScheme = "WebOidc";
    public const string Policy = "web.signed-in";

    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    internal static IServiceCollection AddWebAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        var authority = WebClient.PublicBaseAddress(configuration);
        services.AddAuthentication()
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = "cm.web";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax; // the sign-in comes back from the authorization server by a top-level redirect
                options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.ExpireTimeSpan = IdleTimeout;
                options.SlidingExpiration = true;
                options.ForwardChallenge = OidcScheme;
                options.AccessDeniedPath = "/forbidden";
                options.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices
                    .GetRequiredService<TokenRefresher>().RefreshWhenDueAsync(context);
            })
            .AddOpenIdConnect(OidcScheme, options =>
            {
                options.SignInScheme = CookieScheme;
                options.SignOutScheme = CookieScheme;
                options.Authority = authority.ToString();
                options.RequireHttpsMetadata = authority.Scheme == Uri.UriSchemeHttps;
                options.ClientId = WebClient.ClientId;
                options.ClientSecret = WebClient.Secret(configuration, development);
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "roles", "offline_access", "casemanagement.api" })
                {
                    options.Scope.Add(scope);
                }

                options.SaveTokens = true;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = "role";
                // The code comes back by a top-level redirect (not a cross-site form post), so SameSite=Lax cookies
                // carry the correlation, and nothing needs SameSite=None.
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
                {
                    cookie.SameSite = SameSiteMode.Lax;
                    cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                }

                options.CorrelationCookie.Name = "cm.oidc.c.";
                options.NonceCookie.Name = "cm.oidc.n.";
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme)
            .Configure<ITicketStore>((options, store) => options.SessionStore = store);
        services.AddSingleton<TokenRefresher>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser());
        return services;
    }
}
