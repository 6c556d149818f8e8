using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>Start-up operations on one module's database (migrations), without knowing its type.</summary>
public interface IModuleDatabase
{
    Task MigrateAsync(CancellationToken cancellationToken);
}

internal sealed class ModuleDatabase<TContext>(IServiceScopeFactory scopeFactory) : IModuleDatabase
    where TContext : DbContext, IModuleDbContext
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (db.Provider != DatabaseProvider.Sqlite && await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            // The modules share one server database: once the first module created it, EF would read
            // this module's history table before creating it and log that failed read as an error.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers work while the dispatcher or a consumer writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
