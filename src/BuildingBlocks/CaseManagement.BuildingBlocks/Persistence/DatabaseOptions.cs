namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Server connection string shared by every module (each keeps its own schema).
    /// A module may override it with <c>ConnectionStrings:&lt;Module&gt;</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite only: the folder that holds one database file per module.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Apply pending migrations at start-up. Defaults to on for SQLite only.</summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
