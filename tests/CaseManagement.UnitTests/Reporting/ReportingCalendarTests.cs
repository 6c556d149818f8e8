using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;

namespace CaseManagement.UnitTests.Reporting;

public class ReportingCalendarTests
{
    [Theory]
    [InlineData("2025-12-14", "2025-H2", "2025-06-15", "2025-12-14")]
    [InlineData("2025-12-15", "2026-H1", "2025-12-15", "2026-06-14")]
    [InlineData("2026-06-14", "2026-H1", "2025-12-15", "2026-06-14")]
    [InlineData("2026-06-15", "2026-H2", "2026-06-15", "2026-12-14")]
    public void State_statistical_half_years_run_from_15_December_and_15_June(string day, string key, string from, string to)
    {
        var half = new ReportingCalendar().HalfYearOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((key, from, to), (half.Key, half.From.ToString("yyyy-MM-dd", null), half.To.ToString("yyyy-MM-dd", null)));
    }

    [Fact]
    public void Calendar_halves_and_years_are_an_option_and_keys_read_back()
    {
        var calendar = new ReportingCalendar(1, 1);
        Assert.Equal(new ReportingPeriod("2026-H1", PeriodKind.HalfYear, new(2026, 1, 1), new(2026, 6, 30)), calendar.HalfYearOf(new(2026, 6, 30)));
        Assert.Equal(new ReportingPeriod("2026-Y", PeriodKind.Year, new(2026, 1, 1), new(2026, 12, 31)), calendar.Parse("2026-Y"));
        var statistical = new ReportingCalendar();
        Assert.Equal(new ReportingPeriod("2026-Y", PeriodKind.Year, new(2025, 12, 15), new(2026, 12, 14)), statistical.Parse("2026-Y"));
        Assert.Equal(statistical.HalfYearOf(new(2026, 7, 1)), statistical.Parse("2026-H2"));
        Assert.Equal(new ReportingPeriod("2026-03", PeriodKind.Month, new(2026, 3, 1), new(2026, 3, 31)), statistical.Parse("2026-03"));
        Assert.Equal(PeriodKind.Custom, statistical.Parse("2026-01-01..2026-03-31")?.Kind);
        Assert.Null(statistical.Parse("2026-03-31..2026-01-01"));
        Assert.Null(statistical.Parse("2026-H3"));
        Assert.Null(statistical.Parse("last year"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingCalendar(2, 30));
    }

    [Theory]
    [InlineData(0, "0-<6")]
    [InlineData(5, "0-<6")]
    [InlineData(6, "6-<11")]
    [InlineData(15, "11-<16")]
    [InlineData(17, "16-<18")]
    [InlineData(18, "unknown")]
    [InlineData(null, "unknown")]
    public void Age_groups_follow_the_default_bounds(int? age, string group) => Assert.Equal(group, new AgeGroups().Of(age));

    [Fact]
    public void Age_groups_are_configurable() =>
        Assert.Equal(["0-<3", "3-<16", "16-<18", "unknown"], new AgeGroups([0, 3, 16]).Labels);
}
