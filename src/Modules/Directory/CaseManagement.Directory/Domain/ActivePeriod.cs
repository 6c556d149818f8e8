namespace CaseManagement.Directory.Domain;

/// <summary>The days something is active, both ends included; an open end is unbounded.</summary>
public readonly record struct ActivePeriod(DateOnly? From, DateOnly? To)
{
    public bool Contains(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);

    public bool IsReversed => From is { } from && To is { } to && to < from;
}
