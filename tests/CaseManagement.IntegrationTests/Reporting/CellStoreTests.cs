using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Reporting;

/// <summary>The indicator cells add up count changes, and a cell whose count falls to zero is removed.</summary>
public abstract class CellStoreTests(CaseManagementHost host) : IAsyncLifetime
{
    private const string Kept = "T01#2026-H1#21025#Male#*";
    private const string Emptied = "T01#2026-H1#21025#Female#*";
    private const string Added = "T01#2026-H1#21484#Male#*";

    public Task InitializeAsync() => host.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Changes_add_up_and_a_cell_counted_down_to_zero_is_removed()
    {
        await ApplyAsync(new() { [Kept] = 2, [Emptied] = 1 });
        await ApplyAsync(new() { [Kept] = 1, [Emptied] = -1, [Added] = 3 });

        var cells = await host.InScopeAsync(sp => sp.GetRequiredService<ReportingDbContext>().Cells
            .Where(c => c.Indicator == "T01").OrderBy(c => c.Key).Select(c => new { c.Key, c.Count, c.Unit, c.Cell }).ToListAsync());
        Assert.Equal([(Kept, 3, "21025", "Male"), (Added, 3, "21484", "Male")], cells.Select(c => (c.Key, c.Count, c.Unit, c.Cell)).OrderByDescending(c => c.Unit == "21025"));
    }

    private Task ApplyAsync(Dictionary<string, int> deltas) => host.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ReportingDbContext>();
        await CellStore.ApplyAsync(db, deltas, CancellationToken.None);
        return await db.SaveChangesAsync();
    });
}

[Collection(SqliteCollection.Name)]
public sealed class CellStoreOnSqlite(SqliteHost host) : CellStoreTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CellStoreOnPostgres(PostgresRabbitHost host) : CellStoreTests(host);
