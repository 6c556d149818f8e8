using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>The browser's Accept-Language chooses the language of API answers only. Pages (the web application, the
/// sign-in page) speak Vietnamese unless the user chose English, since many offices run English-language browsers.</summary>
public sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.Request.Path.StartsWithSegments("/api") ? base.DetermineProviderCultureResult(httpContext) : NullProviderCultureResult;
}
