using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Directory.Features.Calendar;

/// <summary>The Directory's <see cref="WorkingCalendar"/>: the defaults and every stored override,
/// kept between edits (another instance's edit is seen within a minute).</summary>
public sealed class DirectoryCalendar(IServiceScopeFactory scopes, TimeProvider clock)
    : ModuleSnapshot<DirectoryDbContext, WorkingCalendar>(scopes, clock, TimeSpan.FromMinutes(1))
{
    protected override async Task<WorkingCalendar> LoadAsync(DirectoryDbContext db, CancellationToken ct)
    {
        var days = await db.CalendarYears.AsNoTracking().SelectMany(y => y.Days).ToListAsync(ct);
        return new WorkingCalendar(days.Select(d => new CalendarOverride(d.Date, d.IsWorkingDay, d.Name)));
    }
}
