using CaseManagement.Cases.Contracts;

namespace CaseManagement.Cases.Domain;

/// <summary>What happened, as classified: abuse type and sub-type, or injury cause and severity, or
/// special-circumstance groups; where (unit and setting) and when. The narrative is kept, sealed,
/// on each report.</summary>
public sealed record Incident(
    IncidentKind Kind,
    AbuseType? AbuseType,
    AbuseSubType? AbuseSubType,
    InjuryCause? InjuryCause,
    InjurySeverity? InjurySeverity,
    string SpecialCircumstanceCodes,
    string? PlaceUnitCode,
    string? Setting,
    DateOnly? OccurredOn)
{
    public IReadOnlyList<SpecialCircumstance> SpecialCircumstances =>
        [.. SpecialCircumstanceCodes.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<SpecialCircumstance>)];

    public static string JoinCircumstances(IEnumerable<SpecialCircumstance> groups) =>
        string.Join(';', groups.Distinct().Order());

    public IncidentFacts ToFacts() =>
        new(Kind, AbuseType, AbuseSubType, InjuryCause, InjurySeverity, SpecialCircumstances, PlaceUnitCode, Setting, OccurredOn);
}
