namespace CaseManagement.Directory.Domain;

/// <summary>
/// A year of the working-day calendar as administrators set it: the days that differ from the
/// computed defaults (the government's Tết range, substitute days, make-up Saturdays). The version
/// detects concurrent edits and orders the events.
/// </summary>
public sealed class CalendarYear
{
    private readonly List<CalendarDay> days = [];

    private CalendarYear()
    {
    }

    public int Year { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<CalendarDay> Days => days;

    public static CalendarYear Create(int year) => new() { Year = year };

    /// <summary>Sets one day; returns false when it already holds these values.</summary>
    public bool Set(DateOnly date, bool isWorkingDay, string name)
    {
        if (date.Year != Year)
        {
            throw new ArgumentOutOfRangeException(nameof(date), $"{date} is not in {Year}.");
        }

        var existing = days.Find(d => d.Date == date);
        if (existing is not null && existing.IsWorkingDay == isWorkingDay && existing.Name == name)
        {
            return false;
        }

        if (existing is null)
        {
            days.Add(new CalendarDay(date, isWorkingDay, name));
        }
        else
        {
            existing.Change(isWorkingDay, name);
        }

        Version++;
        return true;
    }

    public bool Remove(DateOnly date)
    {
        if (days.RemoveAll(d => d.Date == date) == 0)
        {
            return false;
        }

        Version++;
        return true;
    }
}

/// <summary>A day that differs from the computed defaults: made a day off, or made a working day.</summary>
public sealed class CalendarDay(DateOnly date, bool isWorkingDay, string name)
{
    public const int MaxNameLength = 200;

    public DateOnly Date { get; private set; } = date;

    public bool IsWorkingDay { get; private set; } = isWorkingDay;

    public string Name { get; private set; } = name;

    internal void Change(bool isWorkingDay, string name) => (IsWorkingDay, Name) = (isWorkingDay, name);
}
