using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CaseManagement.WebTests.Infrastructure;

/// <summary>The Host on its embedded default (SQLite, in-memory bus, demo users), listening on a real loopback port so
/// that a browser can reach it; its public address is that port, as an operator would set it.</summary>
public sealed class WebAppHost : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cm-web-" + Guid.NewGuid().ToString("N"));

    public WebAppHost()
    {
        Port = FreePort();
        System.IO.Directory.CreateDirectory(folder);
        UseKestrel(Port);
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public void Start() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The stylesheet and scripts from the projects' wwwroot, as `dotnet run` serves them (publishing copies them).
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataFolder", folder);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Messaging:Transport", "InMemory");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Identity:PublicBaseAddress", BaseAddress.ToString());
        builder.UseSetting("Logging:Format", "text");
        // Every journey signs in; the per-address limit is for strangers, not for one test browser.
        builder.UseSetting("RateLimiting:SignInPerMinute", "100000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Privacy:Keys:test-1", "C14V7kR+hIHy6fnPaXxDQ5Xq2Gjo7reNHxx0OovjGBE=");
        builder.UseSetting("Privacy:CurrentKeyId", "test-1");
        builder.UseSetting("Privacy:HashKey", "mj22axct46cF/PWiAjb2NuJckuMW4iWZP127TTpHFtU=");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open goes with the temp folder's next clean-up.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
