namespace CaseManagement.BuildingBlocks.Time;

/// <summary>
/// Vietnam time (ICT, UTC+7). Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed
/// offset is exact for every date the system handles and needs no time-zone database on the server.
/// Deadlines, "today" and calendar days are all counted in it.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateTimeOffset Now(TimeProvider clock) => ToVietnam(clock.GetUtcNow());

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The Vietnamese calendar day an instant falls on.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToVietnam(instant).DateTime);

    /// <summary>Midnight at the start of a Vietnamese calendar day.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>An instant as people in Vietnam write it, for messages: <c>07/12/2026 22:30</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        ToVietnam(instant).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
