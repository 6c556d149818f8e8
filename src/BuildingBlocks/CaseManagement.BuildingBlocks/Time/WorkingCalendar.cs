namespace CaseManagement.BuildingBlocks.Time;

/// <summary>An administrator's change to a year's calendar: a day off added (<see cref="IsWorkingDay"/>
/// false), or a day made a working day (a make-up Saturday, or a default holiday moved).</summary>
public sealed record CalendarOverride(DateOnly Date, bool IsWorkingDay, string Name);

/// <summary>
/// The one way every module counts deadlines: working days (Monday to Friday, except public
/// holidays, plus make-up working days) and hours, in Vietnam time. Built from the computed
/// defaults (<see cref="PublicHolidays"/>) and the Directory's overrides, which other modules keep
/// from the Directory's <c>WorkingCalendarChanged</c> events.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, bool> overrides;
    private readonly Dictionary<int, HashSet<DateOnly>> defaultHolidays = [];

    public WorkingCalendar(IEnumerable<CalendarOverride> overrides)
    {
        this.overrides = overrides.ToDictionary(o => o.Date, o => o.IsWorkingDay);
    }

    public static WorkingCalendar Defaults { get; } = new([]);

    public bool IsWorkingDay(DateOnly date)
    {
        if (overrides.TryGetValue(date, out var working))
        {
            return working;
        }

        return !PublicHolidays.IsWeekend(date) && !DefaultHolidaysOf(date.Year).Contains(date);
    }

    /// <summary>
    /// The end of the <paramref name="days"/>-th working day after the day of <paramref name="start"/>
    /// (midnight at its end, Vietnam time): a time limit counts from the next day and, as the Civil
    /// Code counts it, runs to the end of its last day. Zero days: the end of the start day itself.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = VietnamTime.DateOf(start);
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return VietnamTime.StartOf(day.AddDays(1));
    }

    /// <summary>A limit in hours runs on the clock, nights and holidays included (D56: 12 hours for
    /// an emergency intervention, 24 hours for the police file).</summary>
    public static DateTimeOffset AddHours(DateTimeOffset start, double hours) =>
        VietnamTime.ToVietnam(start.AddHours(hours));

    /// <summary>Working days from one day to another: the days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    private HashSet<DateOnly> DefaultHolidaysOf(int year)
    {
        lock (defaultHolidays)
        {
            if (!defaultHolidays.TryGetValue(year, out var days))
            {
                defaultHolidays[year] = days = PublicHolidays.DefaultsFor(year).Select(h => h.Date).ToHashSet();
            }

            return days;
        }
    }
}
