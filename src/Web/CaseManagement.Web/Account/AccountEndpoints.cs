using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Web.Account;

/// <summary>Signing out (of the web application and of the sign-in server, in one step), choosing the language, and
/// keeping an idle session alive when the user says so.</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/account/sign-out", () => Results.SignOut(
                new AuthenticationProperties { RedirectUri = "/signed-out" }, [WebAuthentication.CookieScheme, WebAuthentication.OidcScheme]))
            .RequireAuthorization(WebAuthentication.Policy).ExcludeFromDescription();
        app.MapGet("/account/language", (string? culture, string? returnUrl, HttpContext context) =>
            {
                var chosen = culture == "en" ? "en" : "vi-VN";
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), Secure = context.Request.IsHttps });
                return Results.LocalRedirect(LocalUrls.IsLocal(returnUrl) ? returnUrl! : "/");
            })
            .AllowAnonymous().ExcludeFromDescription();
        // A request renews a sliding session: the idle warning's "Continue" calls this.
        app.MapPost("/account/keep-alive", () => Results.NoContent()).RequireAuthorization(WebAuthentication.Policy).ExcludeFromDescription();
    }
}
