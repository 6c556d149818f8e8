using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.BuildingBlocks.Deadlines;

/// <summary>The <see cref="WorkingCalendar"/> a module counts its deadlines on, built from its copy
/// of the Directory's calendar; the module's calendar consumer drops it on every change.</summary>
public sealed class ModuleCalendar<TContext>(IServiceScopeFactory scopes, TimeProvider clock)
    : ModuleSnapshot<TContext, WorkingCalendar>(scopes, clock, TimeSpan.FromMinutes(5))
    where TContext : DbContext, IDeadlineStore
{
    protected override async Task<WorkingCalendar> LoadAsync(TContext db, CancellationToken ct)
    {
        var years = await db.CalendarYears.AsNoTracking().ToListAsync(ct);
        return new WorkingCalendar(years.SelectMany(y => y.Overrides));
    }
}
