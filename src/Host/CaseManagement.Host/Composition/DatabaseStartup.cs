using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.Extensions.Options;

namespace CaseManagement.Host.Composition;

internal static class DatabaseStartup
{
    /// <summary>Applies migrations when configured (always on the embedded SQLite default), then
    /// loads demo data when enabled. Runs before the bus and the dispatchers start.</summary>
    public static async Task PrepareDatabasesAsync(this WebApplication app, CancellationToken ct)
    {
        var database = app.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.ShouldMigrateOnStartup)
        {
            foreach (var module in app.Services.GetServices<IModuleDatabase>())
            {
                await module.MigrateAsync(ct);
            }
        }

        if (app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            await ModuleCatalog.SeedDemoDataAsync(app.Services, ct);
        }
    }
}
