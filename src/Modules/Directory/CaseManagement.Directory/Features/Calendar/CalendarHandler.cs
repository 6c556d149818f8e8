using System.Globalization;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory.Features.Calendar;

/// <summary>Reads and edits a year of the working-day calendar; each edit publishes the year's overrides.</summary>
internal sealed class CalendarHandler(DirectoryDbContext db, DirectoryCalendar calendar, TimeProvider clock)
{
    public async Task<CalendarYearResponse> GetAsync(int year, CancellationToken ct)
    {
        CheckYear(year);
        var stored = await db.CalendarYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, ct);
        return Describe(year, stored);
    }

    public async Task<CalendarYearResponse> SetAsync(int year, string date, SetCalendarDayRequest request, CancellationToken ct)
    {
        var day = DayOf(year, date);
        var stored = await LoadForEditAsync(year, request.Version, ct);
        if (stored.Set(day, request.IsWorkingDay, request.Name.Trim()))
        {
            await SaveAsync(stored, ct);
        }

        return Describe(year, stored);
    }

    public async Task<CalendarYearResponse> RemoveAsync(int year, string date, int? version, CancellationToken ct)
    {
        var day = DayOf(year, date);
        var stored = await LoadForEditAsync(year, version, ct);
        if (stored.Remove(day))
        {
            await SaveAsync(stored, ct);
        }

        return Describe(year, stored);
    }

    public async Task<DeadlineResponse> DeadlineAsync(DeadlineQuery query, CancellationToken ct)
    {
        var from = RequestValues.ParseInstant(query.From)!.Value;
        var due = query.WorkingDays is { } days
            ? (await calendar.GetAsync(ct)).AddWorkingDays(from, days)
            : WorkingCalendar.AddHours(from, query.Hours!.Value);
        return new DeadlineResponse(VietnamTime.ToVietnam(from), due);
    }

    private async Task<CalendarYear> LoadForEditAsync(int year, int? expectedVersion, CancellationToken ct)
    {
        var stored = await db.CalendarYears.SingleOrDefaultAsync(y => y.Year == year, ct);
        if (stored is null)
        {
            stored = CalendarYear.Create(year);
            db.CalendarYears.Add(stored);
        }

        if (expectedVersion is { } expected && expected != stored.Version)
        {
            throw new ConflictException("calendar.version_conflict", DirectoryText.Messages.Get("calendar.version_conflict", year, stored.Version));
        }

        return stored;
    }

    private async Task SaveAsync(CalendarYear year, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.AddIntegrationEvent(new WorkingCalendarChanged(
            year.Year,
            [.. year.Days.OrderBy(d => d.Date).Select(d => new CalendarDayOverride(d.Date, d.IsWorkingDay, d.Name))],
            year.Version,
            now), now);
        await db.SaveChangesAsync(ct); // the version is the concurrency token: a concurrent edit fails here with 409
        calendar.Invalidate();
    }

    /// <summary>The year's days off and make-up working days: the defaults, then the overrides over them.</summary>
    private static CalendarYearResponse Describe(int year, CalendarYear? stored)
    {
        var days = PublicHolidays.DefaultsFor(year).ToDictionary(
            h => h.Date, h => new CalendarDayResponse(h.Date, false, DirectoryText.Messages[$"holiday.{h.Kind}"], "default"));
        foreach (var day in stored?.Days ?? [])
        {
            days[day.Date] = new CalendarDayResponse(day.Date, day.IsWorkingDay, day.Name, "override");
        }

        return new CalendarYearResponse(year, stored?.Version ?? 0, [.. days.Values.OrderBy(d => d.Date)]);
    }

    private static DateOnly DayOf(int year, string date)
    {
        CheckYear(year);
        return RequestValues.ParseDate(date) is { } day && day.Year == year
            ? day
            : throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["date"] = [DirectoryText.Messages.Get("calendar.date_invalid", year)],
            });
    }

    private static void CheckYear(int year)
    {
        if (!CalendarLimits.IsYear(year))
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["year"] = [DirectoryText.Messages.Get("calendar.year_invalid", CalendarLimits.FirstYear, CalendarLimits.LastYear)],
            });
        }
    }
}
