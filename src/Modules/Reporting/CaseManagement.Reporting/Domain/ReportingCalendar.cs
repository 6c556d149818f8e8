using System.Globalization;

namespace CaseManagement.Reporting.Domain;

public enum PeriodKind
{
    /// <summary>Six months: the first or second half of a reporting year.</summary>
    HalfYear = 1,
    Year,
    Month,
    /// <summary>Any range a manager asks for; computed on request, not kept.</summary>
    Custom,
}

/// <summary>A reporting period, both days included. Keys: "2026-H1", "2026-Y", "2026-03",
/// "2026-01-01..2026-03-31"; a year is named by the year it ends in.</summary>
public sealed record ReportingPeriod(string Key, PeriodKind Kind, DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => From <= day && day <= To;
}

/// <summary>
/// The period boundaries: a reporting year starts on a configured day (the state statistical year
/// runs 15 December to 14 December, so its halves are 15 Dec – 14 Jun and 15 Jun – 14 Dec;
/// 1 January gives calendar halves). Months are calendar months, for trends.
/// </summary>
public sealed class ReportingCalendar
{
    private readonly int startMonth;
    private readonly int startDay;

    public ReportingCalendar(int startMonth = 12, int startDay = 15)
    {
        if (startMonth is < 1 or > 12 || startDay is < 1 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(startDay), "A reporting year starts on a day 1–28 of a month.");
        }

        this.startMonth = startMonth;
        this.startDay = startDay;
    }

    /// <summary>The configured start as "MM-dd" (kept with closed periods and projections).</summary>
    public string YearStart => $"{startMonth:00}-{startDay:00}";

    public ReportingPeriod HalfYearOf(DateOnly day)
    {
        var year = YearLabelOf(day);
        var middle = StartOf(year).AddMonths(6);
        return day < middle
            ? new ReportingPeriod($"{year}-H1", PeriodKind.HalfYear, StartOf(year), middle.AddDays(-1))
            : new ReportingPeriod($"{year}-H2", PeriodKind.HalfYear, middle, StartOf(year + 1).AddDays(-1));
    }

    public ReportingPeriod YearOf(DateOnly day)
    {
        var year = YearLabelOf(day);
        return new ReportingPeriod($"{year}-Y", PeriodKind.Year, StartOf(year), StartOf(year + 1).AddDays(-1));
    }

    public static ReportingPeriod MonthOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new ReportingPeriod($"{day.Year}-{day.Month:00}", PeriodKind.Month, first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>The kept periods a day falls in: its half-year, its year and its month.</summary>
    public IEnumerable<ReportingPeriod> KeptPeriodsOf(DateOnly day) => [HalfYearOf(day), YearOf(day), MonthOf(day)];

    /// <summary>The kept periods (half-years, years, months) from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>.</summary>
    public IEnumerable<ReportingPeriod> KeptPeriodsBetween(DateOnly from, DateOnly to)
    {
        for (var month = MonthOf(from); month.From <= to; month = MonthOf(month.To.AddDays(1)))
        {
            yield return month;
        }

        for (var half = HalfYearOf(from); half.From <= to; half = HalfYearOf(half.To.AddDays(1)))
        {
            yield return half;
        }

        for (var year = YearOf(from); year.From <= to; year = YearOf(year.To.AddDays(1)))
        {
            yield return year;
        }
    }

    /// <summary>Reads a period key; null when it is not one.</summary>
    public ReportingPeriod? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var parts = key.Split("..");
        if (parts.Length == 2)
        {
            return TryDay(parts[0], out var from) && TryDay(parts[1], out var to) && from <= to
                ? new ReportingPeriod(key, PeriodKind.Custom, from, to)
                : null;
        }

        if (key.Length == 7 && int.TryParse(key[..4], CultureInfo.InvariantCulture, out var y) && y is > 1999 and < 2200 && key[4] == '-')
        {
            return key[5..] switch
            {
                "H1" => HalfYearOf(StartOf(y)),
                "H2" => HalfYearOf(StartOf(y).AddMonths(6)),
                _ when int.TryParse(key[5..], CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 => MonthOf(new DateOnly(y, m, 1)),
                _ => null,
            };
        }

        return key.Length == 6 && key.EndsWith("-Y", StringComparison.Ordinal) && int.TryParse(key[..4], CultureInfo.InvariantCulture, out var year) && year is > 1999 and < 2200
            ? YearOf(StartOf(year))
            : null;
    }

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>The first day of the reporting year named <paramref name="year"/> (the year it ends in).</summary>
    private DateOnly StartOf(int year) =>
        startMonth == 1 && startDay == 1 ? new DateOnly(year, 1, 1) : new DateOnly(year - 1, startMonth, startDay);

    private int YearLabelOf(DateOnly day) => day >= StartOf(day.Year + 1) ? day.Year + 1 : day.Year;
}
