using CaseManagement.BuildingBlocks.Time;

namespace CaseManagement.UnitTests.Time;

public class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(2007, "2007-02-17")] // China: 18 February (UTC+8)
    [InlineData(2020, "2020-01-25")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2030, "2030-02-02")] // China: 3 February
    public void Tet_falls_on_the_Vietnamese_new_moon(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), VietnameseLunarCalendar.NewYear(year));

    [Theory]
    [InlineData(2023, "2023-04-29")] // after the leap 2nd month of 2023
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_is_the_10th_of_the_3rd_lunar_month(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), VietnameseLunarCalendar.ToSolar(year, 3, 10));

    [Fact]
    public void A_leap_month_is_found_only_where_there_is_one()
    {
        Assert.Equal(new DateOnly(2023, 3, 22), VietnameseLunarCalendar.ToSolar(2023, 2, 1, leapMonth: true));
        Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(2024, 2, 1, leapMonth: true));
    }
}
