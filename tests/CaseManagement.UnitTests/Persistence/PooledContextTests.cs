using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.UnitTests.Persistence;

/// <summary>Module contexts come from EF's pool, which resets a context's state when it goes back;
/// the setting made once in the constructor must survive that.</summary>
public sealed class PooledContextTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cm-pool-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider services;

    public PooledContextTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataFolder"] = folder,
        }).Build();
        services = new ServiceCollection().AddLogging()
            .AddModuleDbContext<DirectoryDbContext, SqliteDirectoryDbContext, PostgreSqlDirectoryDbContext, SqlServerDirectoryDbContext>(configuration, "directory")
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_context_leased_again_saves_inside_a_transaction_without_savepoints()
    {
        DirectoryDbContext first;
        using (var scope = services.CreateScope())
        {
            first = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            await first.Database.EnsureCreatedAsync();
        }

        using var again = services.CreateScope();
        var db = again.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        Assert.Same(first, db);
        Assert.False(db.Database.AutoSavepointsEnabled);

        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        db.AddIntegrationEvent(new AdministrativeUnitChanged(Guid.NewGuid(), "P1", "Thôn 1", UnitLevel.Village, "21025", null, null, [], false, 1, now), now);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        Assert.Equal(1, await db.OutboxMessages.CountAsync());
    }
}
