using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;

namespace CaseManagement.WebTests.Infrastructure;

/// <summary>The Host on its embedded default (SQLite, in-memory bus, demo users), listening on a real loopback port so
/// that a browser can reach it; its public address is that port, as an operator would set it. Its time is <see cref="Clock"/>.</summary>
public sealed class WebAppHost : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cm-web-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly string environment;

    /// <param name="settings">Settings over the embedded default (another database, a shared public address).</param>
    /// <param name="port">The loopback port to listen on; a free one when not given.</param>
    /// <param name="environment">Testing, or Development for what `dotnet run` does (the demo cases).</param>
    public WebAppHost(IReadOnlyDictionary<string, string>? settings = null, int? port = null, string environment = "Testing")
    {
        this.settings = settings ?? new Dictionary<string, string>();
        this.environment = environment;
        Port = port ?? FreePort();
        System.IO.Directory.CreateDirectory(folder);
        UseKestrel(Port);
    }

    public int Port { get; }

    /// <summary>The clock every part of this Host reads: real time unless a test moves it.</summary>
    public ShiftedClock Clock { get; } = new();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Where people reach the system: this Host, unless it stands behind an address shared with others.</summary>
    public Uri PublicAddress => settings.TryGetValue("Identity:PublicBaseAddress", out var shared) ? new Uri(shared) : BaseAddress;

    public void Start() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // The stylesheet and scripts from the projects' wwwroot, as `dotnet run` serves them (publishing copies them).
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataFolder", folder);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Messaging:Transport", "InMemory");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Identity:PublicBaseAddress", PublicAddress.ToString());
        builder.UseSetting("Logging:Format", "text");
        // Every journey signs in; the per-address limit is for strangers, not for one test browser.
        builder.UseSetting("RateLimiting:SignInPerMinute", "100000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Privacy:Keys:test-1", "C14V7kR+hIHy6fnPaXxDQ5Xq2Gjo7reNHxx0OovjGBE=");
        builder.UseSetting("Privacy:CurrentKeyId", "test-1");
        builder.UseSetting("Privacy:HashKey", "mj22axct46cF/PWiAjb2NuJckuMW4iWZP127TTpHFtU=");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
