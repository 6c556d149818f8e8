using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;

namespace CaseManagement.Web.Api;

/// <summary>Where the web layer calls the API: <c>Web:ApiBaseAddress</c> when set, else this Host's own
/// listening address over loopback, so a page's calls stay on the instance that renders it.</summary>
internal sealed class ApiAddress(IServer server, IConfiguration configuration)
{
    private Uri? value;

    public Uri Value => value ??= Configured() ?? LoopbackAddress.Of(server);

    private Uri? Configured() => configuration["Web:ApiBaseAddress"] is { Length: > 0 } address ? new Uri(address) : null;
}
