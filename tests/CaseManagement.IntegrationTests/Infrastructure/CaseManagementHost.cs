using System.Data.Common;
using CaseManagement.BuildingBlocks.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Respawn;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>
/// One Host per database kind, shared by a test collection. The outbox is not dispatched in the
/// background: tests drain it explicitly, then wait (bounded) for the consumers' effects.
/// </summary>
public abstract class CaseManagementHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly string[] ModuleSchemas = ["directory", "cases", "support", "reporting", "identity"];

    /// <summary>Accounts, roles, OAuth clients and the Data Protection key ring survive resets: tests create them once
    /// per host (the Host keeps its keys in memory once read, as it keeps its accounts' tokens valid).</summary>
    protected static readonly string[] KeptTables =
    [
        "__EFMigrationsHistory", "AspNetUsers", "AspNetRoles", "AspNetUserRoles", "AspNetUserClaims", "AspNetRoleClaims",
        "AspNetUserLogins", "AspNetUserTokens", "OpenIddictApplications", "OpenIddictScopes", "OpenIddictAuthorizations", "OpenIddictTokens",
        "DataProtectionKeys",
    ];

    private readonly TestAccounts accounts;

    protected CaseManagementHost()
    {
        accounts = new TestAccounts(this);
    }

    /// <summary>A client signed in (real token from /connect/token) as a user with the role, in the unit.</summary>
    public Task<HttpClient> ClientForAsync(string role, string unitCode = "51") => accounts.ClientForAsync(role, unitCode);

    public TestAccounts Accounts => accounts;

    private readonly List<(DbConnection Connection, Respawner Respawner)> resetters = [];

    protected abstract IEnumerable<KeyValuePair<string, string>> Settings { get; }

    /// <summary>Testing by default: development features on, throwaway token keys.</summary>
    protected virtual string EnvironmentName => "Testing";

    public async Task InitializeAsync()
    {
        await PrepareStoreAsync();
        _ = Server; // Starts the host: migrations run before the bus.
        foreach (var connection in await OpenResetConnectionsAsync())
        {
            resetters.Add((connection, await Respawner.CreateAsync(connection, RespawnOptions())));
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var (connection, _) in resetters)
        {
            await connection.DisposeAsync();
        }

        await DisposeAsync();
        await DropStoreAsync();
    }

    /// <summary>Empties every module's tables (keeping the migration history). A consumer may still be
    /// applying the previous test's last events: a deadlock with it is retried, not a failure.</summary>
    public async Task ResetAsync()
    {
        foreach (var (connection, respawner) in resetters)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await respawner.ResetAsync(connection);
                    break;
                }
                catch (DbException e) when (e.SqlState == "40P01" && attempt < 5)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
                }
            }
        }
    }

    /// <summary>Publishes everything due in every module's outbox; returns how many rows were sent.</summary>
    public async Task<int> DrainOutboxAsync()
    {
        var sent = 0;
        foreach (var dispatcher in Services.GetServices<IOutboxDispatcher>())
        {
            int batch;
            while ((batch = await dispatcher.DispatchBatchAsync(ignoreSchedule: true, CancellationToken.None)) > 0)
            {
                sent += batch;
            }
        }

        return sent;
    }

    /// <summary>Applies what Reporting's event log holds to its projections; returns how many events were read.</summary>
    public Task<int> ProjectReportingAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<CaseManagement.Reporting.Projection.ReportingProjector>().CatchUpAsync(CancellationToken.None));

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // As in Development: a service that cannot be built fails the start, not a request.
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });
        builder.UseSetting("Outbox:DispatchInBackground", "false");
        builder.UseSetting("Outbox:PublishTimeout", "00:00:03");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Audit:SealInBackground", "false");
        builder.UseSetting("RateLimiting:SignInPerMinute", "100000");
        builder.UseSetting("Logging:Format", "text");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Deadlines:SweepInBackground", "false");
        builder.UseSetting("Reporting:ProjectInBackground", "false");
        builder.UseSetting("Privacy:Keys:test-1", "C14V7kR+hIHy6fnPaXxDQ5Xq2Gjo7reNHxx0OovjGBE=");
        builder.UseSetting("Privacy:CurrentKeyId", "test-1");
        builder.UseSetting("Privacy:HashKey", "mj22axct46cF/PWiAjb2NuJckuMW4iWZP127TTpHFtU=");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected abstract Task PrepareStoreAsync();

    protected abstract Task DropStoreAsync();

    protected abstract Task<IReadOnlyList<DbConnection>> OpenResetConnectionsAsync();

    protected abstract RespawnerOptions RespawnOptions();
}
