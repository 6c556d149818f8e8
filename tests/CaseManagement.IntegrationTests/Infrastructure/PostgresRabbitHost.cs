using System.Data.Common;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>The server set-up: PostgreSQL (a database of its own) and RabbitMQ, as scripts/test.sh starts them.</summary>
public class PostgresRabbitHost : CaseManagementHost
{
    private readonly string database = "cm_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A RabbitMQ virtual host of its own, for a host whose queues must not be shared with the others.</summary>
    protected virtual string? VirtualHost => null;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdminConnection)
    {
        Database = database,
        MaxPoolSize = 60,
    }.ConnectionString;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Database:Provider", "PostgreSql"),
        new("Database:ConnectionString", ConnectionString),
        new("Messaging:Transport", "RabbitMq"),
        new("Messaging:RabbitMq:Host", "127.0.0.1"),
        new("Messaging:RabbitMq:Port", TestEnvironment.RabbitMqPort),
        .. VirtualHost is { } virtualHost ? new KeyValuePair<string, string>[] { new("Messaging:RabbitMq:VirtualHost", virtualHost) } : [],
    ];

    protected override async Task PrepareStoreAsync()
    {
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnection);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
        await create.ExecuteNonQueryAsync();
        if (VirtualHost is { } virtualHost)
        {
            await Shell.RunAsync($"{TestEnvironment.RabbitMqCtl} add_vhost {virtualHost} && {TestEnvironment.RabbitMqCtl} set_permissions -p {virtualHost} guest '.*' '.*' '.*'");
        }
    }

    protected override async Task DropStoreAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
        if (VirtualHost is { } virtualHost)
        {
            await Shell.RunWithRetriesAsync($"{TestEnvironment.RabbitMqCtl} delete_vhost {virtualHost}");
        }
    }

    protected override Task<IReadOnlyList<DbConnection>> OpenResetConnectionsAsync() => OpenAsync(ConnectionString);

    protected override RespawnerOptions RespawnOptions() => PostgresRespawnOptions();

    /// <summary>Every module schema of a PostgreSQL store, reset between tests.</summary>
    internal static RespawnerOptions PostgresRespawnOptions() => new()
    {
        DbAdapter = DbAdapter.Postgres,
        SchemasToInclude = ModuleSchemas,
        TablesToIgnore = [.. KeptTables.Select(t => new Table(t))],
    };

    internal static async Task<IReadOnlyList<DbConnection>> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return [connection];
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresRabbitHost>
{
    public const string Name = "PostgreSQL + RabbitMQ";
}
