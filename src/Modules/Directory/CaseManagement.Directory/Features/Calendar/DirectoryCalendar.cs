using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Directory.Features.Calendar;

/// <summary>The Directory's <see cref="WorkingCalendar"/>: the defaults and every stored override,
/// kept between changes (an edit here drops it; another instance's edit is seen within a minute).</summary>
public sealed class DirectoryCalendar(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private (WorkingCalendar Calendar, DateTimeOffset LoadedAt)? current;

    public async Task<WorkingCalendar> GetAsync(CancellationToken ct)
    {
        if (current is { } c && clock.GetUtcNow() - c.LoadedAt < MaxAge)
        {
            return c.Calendar;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var days = await db.CalendarYears.AsNoTracking().SelectMany(y => y.Days).ToListAsync(ct);
        var calendar = new WorkingCalendar(days.Select(d => new CalendarOverride(d.Date, d.IsWorkingDay, d.Name)));
        current = (calendar, clock.GetUtcNow());
        return calendar;
    }

    public void Invalidate() => current = null;
}
