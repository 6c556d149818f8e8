namespace CaseManagement.BuildingBlocks.Time;

/// <summary>Why a day is off; the UI names each kind in Vietnamese and English.</summary>
public enum HolidayKind
{
    NewYear,
    LunarNewYear,
    HungKings,
    ReunificationDay,
    LabourDay,
    NationalDay,
    Substitute,
    Other,
}

public sealed record PublicHoliday(DateOnly Date, HolidayKind Kind);

/// <summary>
/// The public holidays the Labour Code (2019, art. 112) gives every year, as computed defaults:
/// 1 January; Tết, 5 days (lunar New Year's Eve and the first four days of the year); Hùng Kings day
/// (10th day of the 3rd lunar month); 30 April; 1 May; 2 September and one adjacent day (3 September
/// when the 2nd is a Monday, else 1 September). A holiday on a Saturday or Sunday gives a substitute
/// day on the next working day (art. 111). The government sets the exact Tết and 2 September days
/// and any make-up Saturdays each year: administrators override these defaults.
/// </summary>
public static class PublicHolidays
{
    public static IReadOnlyList<PublicHoliday> DefaultsFor(int year)
    {
        var tet = VietnameseLunarCalendar.NewYear(year);
        var nationalDay = new DateOnly(year, 9, 2);
        var adjacent = nationalDay.DayOfWeek == DayOfWeek.Monday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);
        var fixedDays = new List<PublicHoliday>
        {
            new(new DateOnly(year, 1, 1), HolidayKind.NewYear),
            new(VietnameseLunarCalendar.ToSolar(year, 3, 10), HolidayKind.HungKings),
            new(new DateOnly(year, 4, 30), HolidayKind.ReunificationDay),
            new(new DateOnly(year, 5, 1), HolidayKind.LabourDay),
            new(nationalDay, HolidayKind.NationalDay),
            new(adjacent, HolidayKind.NationalDay),
        };
        fixedDays.AddRange(Enumerable.Range(-1, 5).Select(offset => new PublicHoliday(tet.AddDays(offset), HolidayKind.LunarNewYear)));

        var taken = fixedDays.Select(h => h.Date).ToHashSet();
        var result = new List<PublicHoliday>(fixedDays);
        foreach (var holiday in fixedDays.Where(h => IsWeekend(h.Date)).OrderBy(h => h.Date))
        {
            var substitute = holiday.Date.AddDays(1);
            while (IsWeekend(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.AddDays(1);
            }

            taken.Add(substitute);
            result.Add(new PublicHoliday(substitute, HolidayKind.Substitute));
        }

        return result.OrderBy(h => h.Date).ToList();
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
