using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>This Host's own listening address as a loopback URL, for callers inside the process that go through the API
/// like any client (the web layer, the demo data): an http address first, a wildcard host made loopback.</summary>
public static class LoopbackAddress
{
    public static Uri Of(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The Host listens on no address to call itself on; set Web:ApiBaseAddress.");
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
