using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace CaseManagement.Web.Api;

/// <summary>Where the web layer calls the API: <c>Web:ApiBaseAddress</c> when set, else this Host's own
/// listening address over loopback, so a page's calls stay on the instance that renders it.</summary>
internal sealed class ApiAddress(IServer server, IConfiguration configuration)
{
    private Uri? value;

    public Uri Value => value ??= Configured() ?? Listening();

    private Uri? Configured() => configuration["Web:ApiBaseAddress"] is { Length: > 0 } address ? new Uri(address) : null;

    private Uri Listening()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The Host listens on no address the web layer can call; set Web:ApiBaseAddress.");
        var uri = new UriBuilder(chosen.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "localhost")
        {
            uri.Host = "127.0.0.1";
        }
        else if (uri.Host is "[::]" or "::")
        {
            uri.Host = "[::1]";
        }

        uri.Path = "/";
        return uri.Uri;
    }
}
