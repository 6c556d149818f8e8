using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.Extensions.Options;

namespace CaseManagement.Host.Composition;

/// <summary>
/// Applies migrations when configured (always on the embedded SQLite default), then seeds the roles (and development clients outside Production) and loads demo data
/// when enabled. Registered before the bus and the dispatchers, so it finishes before they start
/// and before the server takes requests.
/// </summary>
internal sealed class DatabaseStartupService(
    IServiceProvider services,
    IEnumerable<IModuleDatabase> modules,
    IConfiguration configuration,
    IOptions<DemoOptions> demo) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.ShouldMigrateOnStartup)
        {
            foreach (var module in modules)
            {
                await module.MigrateAsync(cancellationToken);
            }
        }

        await ModuleCatalog.SeedReferenceDataAsync(services, configuration, cancellationToken);
        if (demo.Value.Enabled)
        {
            await ModuleCatalog.SeedDemoDataAsync(services, configuration, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
