namespace CaseManagement.Web.Api;

/// <summary>A case as the API shows it to the caller (what the caller's role may see, nothing more): identities,
/// narratives and assessments are absent or masked for a role that does not see them.</summary>
public sealed record CaseRecord(
    Guid Id, string Number, string UnitCode, string Status, string StatusName, int Version, IReadOnlyList<string> AllowedActions, DateTimeOffset ReceivedAt,
    DateTimeOffset? ClosedAt, Guid? AssignedUserId, string? PendingTransferTo, bool IdentitiesMasked, IncidentRecord Incident,
    IReadOnlyList<ChildRecord> Children, IReadOnlyList<ReportRecord> Reports, IReadOnlyList<DeadlineRow> Deadlines, IReadOnlyList<string> SupportActions,
    InitialAssessmentRecord? InitialAssessment = null, SpecificAssessmentRecord? SpecificAssessment = null, ConferenceRecord? Conference = null,
    ClosureRecord? Closure = null)
{
    /// <summary>Past the first assessment: from here on a case may have an emergency decision, a plan and support.</summary>
    public bool Assessed => Status is not ("Reported" or "Verifying" or "InitialAssessment") || ClosedAt is not null;
}

public sealed record ChildRecord(
    Guid ChildId, string DisplayName, string Sex, int? AgeAtReport, int? BirthYear, bool BirthYearEstimated, string? Ethnicity, string? ResidenceUnitCode,
    ChildIdentityRecord? Identity = null);

public sealed record ChildIdentityRecord(
    string FullName, DateOnly? DateOfBirth, string? PersonalNumber, string? Address, string? School, string? SchoolClass, IReadOnlyList<CarerRecord> Carers);

public sealed record CarerRecord(string FullName, int? Age, string? Relationship, string? Occupation, string? FamilySituation, bool IsCurrentCarer);

public sealed record IncidentRecord(
    string Kind, string KindName, string? AbuseType, string? AbuseSubType, string? PlaceUnitCode, string? Setting, DateOnly? OccurredOn,
    string? InjuryCause = null, string? InjurySeverity = null, IReadOnlyList<string>? SpecialCircumstances = null);

public sealed record ReportRecord(
    Guid Id, string Channel, DateTimeOffset ReceivedAt, string ReceivingBody, string RecordedBy, bool Anonymous, string? ReporterRelationship,
    ReporterRecord? Reporter = null, NarrativeRecord? Narrative = null, string? RecordedByName = null);

public sealed record ReporterRecord(string? FullName, string? Phone, string? Address);

public sealed record NarrativeRecord(string? Description, string? CurrentCondition, string? LikelyConsequences, string? ActionsTaken);

public sealed record InitialAssessmentRecord(string Harm, string Risk, bool EmergencyNeeded, string? Reason, string AssessedByName, DateTimeOffset AssessedAt);

/// <summary>The specific assessment (Mẫu 03), area by area, with the services the child needs.</summary>
public sealed record SpecificAssessmentRecord(IReadOnlyList<string> Needs, IReadOnlyDictionary<string, string?>? Areas, string AssessedByName, DateTimeOffset AssessedAt);

public sealed record ConferenceRecord(DateOnly HeldOn, IReadOnlyList<string> NeedsAgreed, string? Participants, string? Notes, DateTimeOffset RecordedAt);

public sealed record ClosureRecord(string ReasonCode, string? Note, string ProposedByName, DateTimeOffset ProposedAt, string? DecidedByName, DateTimeOffset? DecidedAt, bool? Approved);
