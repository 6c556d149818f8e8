using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>Whose address a request comes from, for the audit and the sign-in rate limit: X-Forwarded-For is believed
/// only from loopback (the web layer calling the API on the user's behalf) and from the proxies an operator lists in
/// <c>ForwardedHeaders:KnownProxies</c> (a load balancer's addresses).</summary>
public static class ForwardedUserAddresses
{
    public static IServiceCollection AddForwardedUserAddresses(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
}
