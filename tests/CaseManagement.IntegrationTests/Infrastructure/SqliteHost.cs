using System.Data.Common;
using Microsoft.Data.Sqlite;
using Respawn;
using Respawn.Graph;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>The embedded default: a SQLite file per module and the in-memory bus.</summary>
public class SqliteHost : CaseManagementHost
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cm-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Database:Provider", "Sqlite"),
        new("Database:DataFolder", folder),
        new("Messaging:Transport", "InMemory"),
    ];

    protected override Task PrepareStoreAsync()
    {
        System.IO.Directory.CreateDirectory(folder);
        return Task.CompletedTask;
    }

    protected override Task DropStoreAsync()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override async Task<IReadOnlyList<DbConnection>> OpenResetConnectionsAsync()
    {
        var connections = new List<DbConnection>();
        foreach (var module in ModuleSchemas)
        {
            var connection = new SqliteConnection($"Data Source={Path.Combine(folder, module + ".db")}");
            await connection.OpenAsync();
            connections.Add(connection);
        }

        return connections;
    }

    protected override RespawnerOptions RespawnOptions() => new()
    {
        DbAdapter = DbAdapter.Sqlite,
        TablesToIgnore = [.. KeptTables.Select(t => new Table(t))],
    };
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteHost>
{
    public const string Name = "SQLite + in-memory bus";
}
