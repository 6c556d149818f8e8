using System.Text.Json;
using CaseManagement.BuildingBlocks.Time;

namespace CaseManagement.BuildingBlocks.Deadlines;

/// <summary>A module's copy of one year of the Directory's working-day calendar: the days an
/// administrator changed (years without a copy use the computed defaults).</summary>
public sealed class CalendarYearCopy(int year)
{
    public int Year { get; private set; } = year;

    /// <summary>The overrides as JSON: a handful of days a year, always read together.</summary>
    public string OverridesJson { get; private set; } = "[]";

    public int Version { get; private set; }

    public IReadOnlyList<CalendarOverride> Overrides =>
        JsonSerializer.Deserialize<List<CalendarOverride>>(OverridesJson, JsonSerializerOptions.Web) ?? [];

    /// <summary>Takes a newer version of the year; an older or repeated one is ignored.</summary>
    public bool Apply(IEnumerable<CalendarOverride> overrides, int version)
    {
        if (version <= Version)
        {
            return false;
        }

        (OverridesJson, Version) = (JsonSerializer.Serialize(overrides.OrderBy(o => o.Date).ToList(), JsonSerializerOptions.Web), version);
        return true;
    }
}
