namespace CaseManagement.BuildingBlocks.Time;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch), for the holidays that follow it: Tết and Hùng Kings
/// day. Ho Ngoc Duc's published algorithm (astronomical new moons and solar terms, after Jean
/// Meeus), computed for Vietnam's UTC+7. <see cref="System.Globalization.ChineseLunisolarCalendar"/>
/// is not used: it counts in China's UTC+8, and the two calendars differ in some years (Tết 2007
/// was 17 February in Vietnam, 18 February in China).
/// </summary>
public static class VietnameseLunarCalendar
{
    private const double TimeZone = 7.0;
    private const double SynodicMonth = 29.530588853;
    private const double Epoch = 2415021.076998695; // the new moon of 1 January 1900, as a Julian day

    /// <summary>The solar date of a lunar date; <paramref name="leapMonth"/> picks the intercalary month of that number.</summary>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(lunarMonth is >= 1 and <= 12, true, nameof(lunarMonth));
        ArgumentOutOfRangeException.ThrowIfNotEqual(lunarDay is >= 1 and <= 30, true, nameof(lunarDay));
        var (a11, b11) = lunarMonth < 11
            ? (LunarMonth11(lunarYear - 1), LunarMonth11(lunarYear))
            : (LunarMonth11(lunarYear), LunarMonth11(lunarYear + 1));
        var k = Floor(0.5 + ((a11 - Epoch) / SynodicMonth));
        var offset = lunarMonth - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leap = leapOffset - 2;
            if (leap < 0)
            {
                leap += 12;
            }

            if (leapMonth && lunarMonth != leap)
            {
                throw new ArgumentException($"Lunar year {lunarYear} has no leap month {lunarMonth}.", nameof(leapMonth));
            }

            if (leapMonth || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (leapMonth)
        {
            throw new ArgumentException($"Lunar year {lunarYear} has no leap month.", nameof(leapMonth));
        }

        return FromJulianDay(NewMoonDay(k + offset) + lunarDay - 1);
    }

    /// <summary>Tết Nguyên Đán: the first day of the first lunar month of the year that starts in <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(year, 1, 1);

    private static int Floor(double value) => (int)Math.Floor(value);

    private static int JulianDay(int year, int month, int day)
    {
        var a = Floor((14 - month) / 12.0);
        var y = year + 4800 - a;
        var m = month + (12 * a) - 3;
        return day + Floor(((153 * m) + 2) / 5.0) + (365 * y) + Floor(y / 4.0) - Floor(y / 100.0) + Floor(y / 400.0) - 32045;
    }

    private static DateOnly FromJulianDay(int julianDay) =>
        DateOnly.FromDayNumber(julianDay - JulianDay(1, 1, 1));

    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * dr);
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(dr * (m - mpr))) + (0.0004 * Math.Sin(dr * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    private static int NewMoonDay(int k) => Floor(NewMoon(k) + 0.5 + (TimeZone / 24));

    /// <summary>Which of the 12 solar-term sectors (0–11) the sun is in on a day.</summary>
    private static int SunLongitudeSector(int julianDay)
    {
        var t = (julianDay - 0.5 - (TimeZone / 24) - 2451545.0) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m);
        dl = dl + ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m)) + (0.000290 * Math.Sin(dr * 3 * m));
        var l = (l0 + dl) * dr;
        l -= Math.PI * 2 * Floor(l / (Math.PI * 2));
        return Floor(l / Math.PI * 6);
    }

    /// <summary>The start of the 11th lunar month (the one holding the winter solstice) of a year.</summary>
    private static int LunarMonth11(int year)
    {
        var offset = JulianDay(year, 12, 31) - 2415021;
        var k = Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k);
        return SunLongitudeSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    private static int LeapMonthOffset(int a11)
    {
        var k = Floor(((a11 - Epoch) / SynodicMonth) + 0.5);
        int last, i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i));
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
