using CaseManagement.Directory.Features.ImportUnits;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory;

/// <summary>Imports the shipped Quảng Ngãi unit list through the ordinary import, so the demo data
/// flows to the other modules by the same events as an operator's import would.</summary>
internal sealed class DemoUnitsSeeder(DirectoryDbContext db, ImportUnitsHandler import)
{
    public const string ResourceName = "CaseManagement.Directory.DemoData.quang-ngai-units.csv";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Units.AnyAsync(ct))
        {
            return;
        }

        await using var csv = typeof(DemoUnitsSeeder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        await import.HandleAsync(csv, dryRun: false, ct);
    }
}
