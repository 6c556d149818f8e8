using CaseManagement.BuildingBlocks.Web;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Identity.Features.SignIn;

/// <summary>The sign-in page, server-rendered, in Vietnamese or English (<c>?culture=en</c> or
/// the browser's language). Failed attempts count towards lockout and are audited.</summary>
internal static class SignInPage
{
    public const string Path = "/account/sign-in";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            {
                ChooseLanguage(context);
                return Page(context, antiforgery, returnUrl, error: null);
            })
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost(Path, SubmitAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).ExcludeFromDescription();
    }

    private static async Task<IResult> SubmitAsync(
        [FromForm(Name = "userName")] string? userName,
        [FromForm(Name = "password")] string? password,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        HttpContext context, IAntiforgery antiforgery,
        UserManager<User> users, SignInManager<User> signIn, IAuditTrail audit)
    {
        ChooseLanguage(context);
        var user = await users.FindByNameAsync(userName ?? "");
        var result = user is null || !Features.ManageUsers.UserRules.IsPlausiblePassword(password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user!, password ?? "", isPersistent: false, lockoutOnFailure: true);
        await audit.RecordAsync(SignInAudit.For(result, user?.Id.ToString(), userName, result.Succeeded ? 302 : 200), context.RequestAborted);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(LocalUrls.IsLocal(returnUrl) ? returnUrl! : "/");
        }

        var error = result.IsLockedOut ? IdentityText.Messages["SignIn.LockedOut"] : IdentityText.Messages["SignIn.Invalid"];
        return Page(context, antiforgery, returnUrl, error);
    }

    /// <summary>Pages speak Vietnamese unless the user chose English (<c>?culture=en</c>, kept in the
    /// culture cookie so it survives the form post); a browser's Accept-Language alone does not
    /// switch them, since many offices run English-language browsers.</summary>
    private static void ChooseLanguage(HttpContext context)
    {
        var chosen = context.Features.Get<IRequestCultureFeature>();
        if (chosen?.Provider is QueryStringRequestCultureProvider)
        {
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(chosen.RequestCulture),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
        }
        else if (chosen?.Provider is not CookieRequestCultureProvider)
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        }
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var t = IdentityText.Messages;
        var html = Encoder; // keeps Vietnamese letters as letters, escapes markup
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var other = QueryString.Create(new KeyValuePair<string, string?>[] { new("culture", english ? "vi-VN" : "en"), new("returnUrl", returnUrl) });
        var body = $$"""
            <!DOCTYPE html>
            <html lang="{{(english ? "en" : "vi")}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{html.Encode(t["SignIn.Title"])}}</title>
              <style>
                body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; background: #f4f6f8; margin: 0; }
                main { max-width: 24rem; margin: 10vh auto; background: #fff; padding: 2rem; border-radius: .5rem; box-shadow: 0 1px 4px #0002; }
                h1 { font-size: 1.2rem; margin: 0 0 1.5rem; }
                label { display: block; margin: 1rem 0 .3rem; }
                input { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; }
                button { margin-top: 1.5rem; width: 100%; padding: .7rem; font-size: 1rem; background: #0b5cad; color: #fff; border: 0; border-radius: .3rem; }
                .error { background: #fdecea; color: #8a1c1c; padding: .7rem; border-radius: .3rem; }
                .note { font-size: .8rem; color: #555; margin-top: 1.5rem; }
                nav { text-align: right; font-size: .9rem; }
              </style>
            </head>
            <body>
              <main>
                <nav><a href="{{html.Encode(Path + other)}}">{{html.Encode(t["SignIn.OtherLanguage"])}}</a></nav>
                <h1>{{html.Encode(t["SignIn.Heading"])}}</h1>
                {{(error is null ? "" : $"<p class=\"error\" role=\"alert\">{html.Encode(error)}</p>")}}
                <form method="post" action="{{Path}}">
                  <input type="hidden" name="{{tokens.FormFieldName}}" value="{{html.Encode(tokens.RequestToken!)}}">
                  <input type="hidden" name="returnUrl" value="{{html.Encode(returnUrl ?? "")}}">
                  <label for="userName">{{html.Encode(t["SignIn.UserName"])}}</label>
                  <input id="userName" name="userName" autocomplete="username" required autofocus>
                  <label for="password">{{html.Encode(t["SignIn.Password"])}}</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <button type="submit">{{html.Encode(t["SignIn.Submit"])}}</button>
                </form>
                <p class="note">{{html.Encode(t["SignIn.Confidential"])}}</p>
              </main>
            </body>
            </html>
            """;
        return Results.Content(body, "text/html; charset=utf-8");
    }
}
