namespace CaseManagement.Cases.Contracts;

// Integration events of the Cases module. They carry ids, codes, dates and the facts statistics
// need (unit, sex, age at report, classification), never names or narrative.

/// <summary>A report became a new case (Mẫu 01).</summary>
public sealed record CaseReported(
    Guid CaseId,
    string CaseNumber,
    string UnitCode,
    Guid ReportId,
    ReportChannel Channel,
    DateTimeOffset ReceivedAt,
    IncidentFacts Incident,
    IReadOnlyList<ChildFacts> Children,
    DateTimeOffset OccurredAt);

/// <summary>Another report of the same incident was merged into an existing case.</summary>
public sealed record CaseReportMerged(Guid CaseId, string UnitCode, Guid ReportId, ReportChannel Channel, DateTimeOffset ReceivedAt, DateTimeOffset OccurredAt);

/// <summary>The case moved from one step of the procedure to another. <see cref="CaseVersion"/> is the case's
/// version after the step: it orders a case's steps, whose recorded times may be earlier than the entry of the
/// step before them (a step done on paper and typed in later).</summary>
public sealed record CaseStatusChanged(Guid CaseId, string UnitCode, CaseStatus From, CaseStatus To, DateTimeOffset OccurredAt, int CaseVersion = 0);

public sealed record CaseVerified(Guid CaseId, string UnitCode, VerificationOutcome Outcome, DateTimeOffset OccurredAt);

/// <summary>Initial assessment (Mẫu 02): harm and risk, and whether an emergency intervention is needed.</summary>
public sealed record CaseAssessed(Guid CaseId, string UnitCode, RiskLevel Harm, RiskLevel Risk, bool EmergencyNeeded, DateTimeOffset OccurredAt);

/// <summary>Specific assessment (Mẫu 03): the needs found, as names of the Directory's service types
/// (Contracts reference no other project).</summary>
public sealed record CaseNeedsIdentified(Guid CaseId, string UnitCode, IReadOnlyList<string> Needs, DateTimeOffset OccurredAt);

public sealed record CaseConferenceHeld(Guid CaseId, string UnitCode, DateOnly HeldOn, IReadOnlyList<string> NeedsAgreed, DateTimeOffset OccurredAt);

/// <summary>The incident's classification was corrected after intake.</summary>
public sealed record CaseReclassified(Guid CaseId, string UnitCode, IncidentFacts Incident, IReadOnlyList<ChildFacts> Children, DateTimeOffset OccurredAt);

public sealed record CaseAssigned(Guid CaseId, string UnitCode, Guid? AssignedUserId, DateTimeOffset OccurredAt);

/// <summary>A commune asked another to take the case over; the other accepts or declines it.</summary>
public sealed record CaseTransferRequested(Guid CaseId, string CaseNumber, string FromUnitCode, string ToUnitCode, DateTimeOffset OccurredAt);

/// <summary>The receiving commune accepted the case; it keeps its history and number.</summary>
public sealed record CaseTransferred(Guid CaseId, string FromUnitCode, string ToUnitCode, DateTimeOffset OccurredAt);

public sealed record CaseClosureProposed(Guid CaseId, string UnitCode, string ReasonCode, DateTimeOffset OccurredAt);

public sealed record CaseClosed(Guid CaseId, string UnitCode, string ReasonCode, DateTimeOffset OccurredAt);

public sealed record CaseReopened(Guid CaseId, string UnitCode, DateTimeOffset OccurredAt);

/// <summary>A time limit of the case (or of a referral in it) passed without its stop signal.</summary>
public sealed record DeadlineBreached(
    Guid DeadlineId, string RuleCode, Guid CaseId, Guid? SubjectId, string UnitCode, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset OccurredAt);

/// <summary>A time limit of the case falls due within two hours and is not met yet.</summary>
public sealed record DeadlineDueSoon(Guid DeadlineId, string RuleCode, Guid CaseId, Guid? SubjectId, string UnitCode, DateTimeOffset DueAt, DateTimeOffset OccurredAt);

/// <summary>A time limit ended: <see cref="Met"/> when it ended in time.</summary>
public sealed record DeadlineStopped(
    Guid DeadlineId, string RuleCode, Guid CaseId, Guid? SubjectId, string UnitCode, DateTimeOffset StartedAt, DateTimeOffset DueAt, bool Met, DateTimeOffset OccurredAt);
