namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>The database engines a deployment can choose with <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
