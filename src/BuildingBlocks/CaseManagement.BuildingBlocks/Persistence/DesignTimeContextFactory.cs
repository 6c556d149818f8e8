using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build a provider subclass without a running database. Each module declares
/// one per provider subclass, for example
/// <c>internal sealed class SqliteCasesFactory() : DesignTimeContextFactory&lt;SqliteCasesDbContext&gt;(DatabaseProvider.Sqlite);</c>
/// </summary>
public abstract class DesignTimeContextFactory<TContext>(DatabaseProvider provider) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=design_time",
            _ => "Server=localhost;Database=design_time;TrustServerCertificate=True",
        };
        ModulePersistence.Configure(builder, provider, connectionString);
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}
