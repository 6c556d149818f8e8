namespace CaseManagement.Directory.Contracts;

/// <summary>
/// An administrator changed a year's working-day calendar. Carries every override of the year (the
/// computed defaults are the same code in every module: CaseManagement.BuildingBlocks.Time), so a
/// consumer replaces its copy of the year; <see cref="Version"/> orders the changes.
/// </summary>
public sealed record WorkingCalendarChanged(int Year, IReadOnlyList<CalendarDayOverride> Overrides, int Version, DateTimeOffset ChangedAt);

/// <summary>A day made a day off (<see cref="IsWorkingDay"/> false) or a working day, with its name.</summary>
public sealed record CalendarDayOverride(DateOnly Date, bool IsWorkingDay, string Name);
