using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Directory.Persistence;

/// <summary>The <see cref="UnitHierarchy"/> between imports; another instance's import is seen
/// within 30 s (unit lists change by decree, a few times a year).</summary>
public sealed class UnitHierarchyCache(IServiceScopeFactory scopes, TimeProvider clock)
    : ModuleSnapshot<DirectoryDbContext, UnitHierarchy>(scopes, clock, TimeSpan.FromSeconds(30))
{
    protected override async Task<UnitHierarchy> LoadAsync(DirectoryDbContext db, CancellationToken ct) =>
        new(await db.Units.AsNoTracking().ToListAsync(ct));
}
