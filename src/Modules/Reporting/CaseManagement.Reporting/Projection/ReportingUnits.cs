using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Reporting.Projection;

/// <summary>Reporting's unit tree in memory between changes (the unit consumer drops it).</summary>
public sealed class ReportingUnits(IServiceScopeFactory scopes, TimeProvider clock)
    : ModuleSnapshot<ReportingDbContext, UnitHierarchy>(scopes, clock, TimeSpan.FromMinutes(5))
{
    protected override async Task<UnitHierarchy> LoadAsync(ReportingDbContext db, CancellationToken ct) =>
        new(await db.Units.AsNoTracking().ToListAsync(ct));
}
