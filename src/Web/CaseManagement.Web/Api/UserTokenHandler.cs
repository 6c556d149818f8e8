using System.Globalization;
using System.Net.Http.Headers;
using CaseManagement.BuildingBlocks;
using CaseManagement.Web.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace CaseManagement.Web.Api;

/// <summary>Every API call the web layer makes carries the signed-in user's access token, the user's language and
/// the user's own address (so that the audit names the person's address, not the Host's) and scheme, and the
/// request's correlation id.</summary>
internal sealed class UserTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("The API is called for a user, within their request.");
        var token = await context.GetTokenAsync(WebAuthentication.CookieScheme, "access_token");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.Name));
        if (context.Connection.RemoteIpAddress is { } address)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", address.ToString());
        }

        // The person came over HTTPS (to this Host or to the load balancer): the loopback call is part of that request,
        // and must not be redirected to HTTPS on a loopback address.
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", context.Request.Scheme);

        if (CorrelationContext.Current is { } correlationId)
        {
            request.Headers.TryAddWithoutValidation(CorrelationContext.HeaderName, correlationId);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
