namespace CaseManagement.Cases.Features.Intake;

/// <summary>A report as taken on form Mẫu 01. Codes, dates and times are strings so that a bad
/// value gets a field error instead of a failed body. <see cref="MergeIntoCaseId"/> attaches the
/// report to an existing case (another report of the same incident).</summary>
public sealed record IntakeRequest(
    string? Channel,
    string? ReceivedAt,
    string? ReceivingBody,
    ReporterRequest? Reporter,
    IReadOnlyList<ChildRequest>? Children,
    IncidentRequest? Incident,
    Guid? MergeIntoCaseId = null);

/// <summary>The reporter; their identity is kept only when <see cref="Consent"/> is given.</summary>
public sealed record ReporterRequest(bool Consent, string? FullName, string? Phone, string? Address, string? Relationship);

/// <summary>A child: an existing record (<see cref="ExistingChildId"/>, after the duplicate check)
/// or a new one.</summary>
public sealed record ChildRequest(
    Guid? ExistingChildId,
    string? FullName,
    string? DateOfBirth,
    int? EstimatedAge,
    string? Sex,
    string? Ethnicity,
    string? PersonalNumber,
    string? ResidenceUnitCode,
    string? Address,
    string? School,
    string? SchoolClass,
    IReadOnlyList<CarerRequest>? Carers);

public sealed record CarerRequest(string? FullName, int? Age, string? Relationship, string? Occupation, string? FamilySituation, bool IsCurrentCarer);

public sealed record IncidentRequest(
    string? Kind,
    string? AbuseType,
    string? AbuseSubType,
    string? InjuryCause,
    string? InjurySeverity,
    IReadOnlyList<string>? SpecialCircumstances,
    string? PlaceUnitCode,
    string? Setting,
    string? OccurredOn,
    string? Description,
    string? CurrentCondition,
    string? LikelyConsequences,
    string? ActionsTaken);

public sealed record IntakeResponse(Guid CaseId, string Number, string UnitCode, string Status, int Version, IReadOnlyList<Guid> ChildIds);
