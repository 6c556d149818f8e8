using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Respawn;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>
/// A Host on a PostgreSQL server of its own, which a test may stop and start without touching the
/// other tests' server, and on a RabbitMQ virtual host of its own, so that its queues are its own.
/// </summary>
public sealed class OutageHost : CaseManagementHost
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cm-outage-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string virtualHost = "cm-outage-" + Guid.NewGuid().ToString("N")[..12];
    private readonly int port = FreePort();

    private string PgCtl => $"runuser -u postgres -- {TestEnvironment.PostgresBin}/pg_ctl -D {folder}/data";

    private string ConnectionString => $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Database:Provider", "PostgreSql"),
        new("Database:ConnectionString", ConnectionString),
        new("Messaging:Transport", "RabbitMq"),
        new("Messaging:RabbitMq:Host", "127.0.0.1"),
        new("Messaging:RabbitMq:Port", TestEnvironment.RabbitMqPort),
        new("Messaging:RabbitMq:VirtualHost", virtualHost),
    ];

    /// <summary>Stops the server as an operator would (fast: open sessions are ended).</summary>
    public Task StopDatabaseAsync() => Shell.RunAsync($"{PgCtl} -m fast -w stop");

    public Task StartDatabaseAsync() =>
        Shell.RunAsync($"{PgCtl} -w -l {folder}/postgres.log -o '-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off' start");

    /// <summary>The messages waiting in the host's queues whose names end with <paramref name="suffix"/>.</summary>
    public async Task<int> QueuedAsync(string suffix)
    {
        var file = Path.Combine(folder, "queues.txt");
        await Shell.RunAsync($"{TestEnvironment.RabbitMqCtl} list_queues -q -p {virtualHost} name messages > {file}");
        return (await File.ReadAllLinesAsync(file)).Select(l => l.Split('\t', StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2 && p[0].EndsWith(suffix, StringComparison.Ordinal)).Sum(p => int.Parse(p[1]));
    }

    protected override async Task PrepareStoreAsync()
    {
        System.IO.Directory.CreateDirectory(folder);
        await Shell.RunAsync($"chown postgres:postgres {folder} && runuser -u postgres -- {TestEnvironment.PostgresBin}/initdb -D {folder}/data --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null");
        await StartDatabaseAsync();
        await Shell.RunAsync($"{TestEnvironment.RabbitMqCtl} add_vhost {virtualHost} && {TestEnvironment.RabbitMqCtl} set_permissions -p {virtualHost} guest '.*' '.*' '.*'");
    }

    protected override async Task DropStoreAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Shell.RunAsync($"{PgCtl} -m immediate stop >/dev/null 2>&1; {TestEnvironment.RabbitMqCtl} delete_vhost {virtualHost}");
        System.IO.Directory.Delete(folder, recursive: true);
    }

    protected override Task<IReadOnlyList<DbConnection>> OpenResetConnectionsAsync() => PostgresRabbitHost.OpenAsync(ConnectionString);

    protected override RespawnerOptions RespawnOptions() => PostgresRabbitHost.PostgresRespawnOptions();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
