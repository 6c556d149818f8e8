namespace CaseManagement.Cases.Contracts;

/// <summary>What statistics need to know of a child in a case, without who the child is.</summary>
public sealed record ChildFacts(Guid ChildId, Sex Sex, int? AgeAtReport, int? BirthYear, string? ResidenceUnitCode);

/// <summary>What happened, as classified at intake or later: the type and sub-type of abuse, or the
/// cause and severity of an injury, or the special-circumstance groups; where, in what setting, when.</summary>
public sealed record IncidentFacts(
    IncidentKind Kind,
    AbuseType? AbuseType,
    AbuseSubType? AbuseSubType,
    InjuryCause? InjuryCause,
    InjurySeverity? InjurySeverity,
    IReadOnlyList<SpecialCircumstance> SpecialCircumstances,
    string? PlaceUnitCode,
    string? Setting,
    DateOnly? OccurredOn);
