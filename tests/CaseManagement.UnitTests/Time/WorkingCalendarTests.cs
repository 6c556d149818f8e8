using CaseManagement.BuildingBlocks.Time;

namespace CaseManagement.UnitTests.Time;

public class WorkingCalendarTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static DateTimeOffset At(string local) => new(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), Vietnam);

    [Fact]
    public void Defaults_for_2026_follow_the_labour_code()
    {
        var days = PublicHolidays.DefaultsFor(2026);
        Assert.Equal(
            ["2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-26", "2026-04-27",
             "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"],
            days.Select(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HolidayKind.Substitute, days.Single(d => d.Date == new DateOnly(2026, 4, 27)).Kind); // Hùng Kings fell on a Sunday
    }

    [Fact]
    public void Five_working_days_across_Tet_skip_the_holidays_and_the_weekends()
    {
        // Friday 13 February 2026, the last working day before Tết (16–20 February).
        var due = WorkingCalendar.Defaults.AddWorkingDays(At("2026-02-13 15:30"), 5);
        Assert.Equal(At("2026-02-28 00:00"), due); // 23, 24, 25, 26, 27 February: the end of Friday the 27th
    }

    [Fact]
    public void Working_days_across_the_year_end_skip_new_years_day()
    {
        var due = WorkingCalendar.Defaults.AddWorkingDays(At("2026-12-30 09:00"), 2); // Wednesday
        Assert.Equal(At("2027-01-05 00:00"), due); // 31 Dec (Thu), 1 Jan off, then Monday 4 January
    }

    [Fact]
    public void Counting_starts_from_the_Vietnamese_day_of_an_instant_given_in_UTC()
    {
        var lateFridayInVietnam = new DateTimeOffset(2026, 3, 6, 18, 0, 0, TimeSpan.Zero); // Saturday 01:00 in Vietnam
        Assert.Equal(At("2026-03-10 00:00"), WorkingCalendar.Defaults.AddWorkingDays(lateFridayInVietnam, 1)); // Monday 9th
    }

    [Fact]
    public void Overrides_add_days_off_and_make_up_working_saturdays()
    {
        var calendar = new WorkingCalendar([
            new CalendarOverride(new DateOnly(2026, 2, 14), IsWorkingDay: true, "Làm bù"),
            new CalendarOverride(new DateOnly(2026, 2, 23), IsWorkingDay: false, "Nghỉ Tết bổ sung"),
            new CalendarOverride(new DateOnly(2026, 9, 1), IsWorkingDay: true, "Nghỉ 3/9 thay 1/9"),
        ]);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 23)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 9, 1)));
        Assert.Equal(At("2026-02-26 00:00"), calendar.AddWorkingDays(At("2026-02-13 10:00"), 3)); // 14 (Sat, worked), 24, 25
    }

    [Fact]
    public void Hour_limits_run_on_the_clock_through_nights_and_holidays()
    {
        var due = WorkingCalendar.AddHours(At("2026-02-16 22:00"), 12); // Tết eve
        Assert.Equal(At("2026-02-17 10:00"), due);
        Assert.Equal(Vietnam, due.Offset);
    }

    [Fact]
    public void Working_days_between_two_days_count_the_days_after_the_first()
    {
        Assert.Equal(5, WorkingCalendar.Defaults.WorkingDaysBetween(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 27)));
    }
}
