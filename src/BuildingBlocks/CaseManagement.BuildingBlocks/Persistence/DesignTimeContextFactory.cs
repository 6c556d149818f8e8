using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build a provider subclass without a running database. Each module declares
/// one per provider subclass, for example
/// <c>internal sealed class SqliteCasesDesignFactory() : DesignTimeContextFactory&lt;SqliteCasesDbContext&gt;(DatabaseProvider.Sqlite, CasesDbContext.SchemaName);</c>
/// </summary>
public abstract class DesignTimeContextFactory<TContext>(DatabaseProvider provider, string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=design_time",
            _ => "Server=localhost;Database=design_time;TrustServerCertificate=True",
        };
        return ModuleContextFactory.Create<TContext>(provider, connectionString, schema);
    }
}

public static class ModuleContextFactory
{
    /// <summary>Builds a provider context on <paramref name="connectionString"/> without opening it
    /// (design time, migration checks).</summary>
    public static TContext Create<TContext>(DatabaseProvider provider, string connectionString, string schema)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        ModulePersistence.Configure(builder, provider, connectionString, schema);
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}
