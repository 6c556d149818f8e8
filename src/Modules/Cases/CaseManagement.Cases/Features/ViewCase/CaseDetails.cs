using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Cases.Features.Shared;

namespace CaseManagement.Cases.Features.ViewCase;

/// <summary>A case as a user sees it; <see cref="AllowedActions"/> are the next steps this user may take, and
/// <see cref="SupportActions"/> the support work (SupportInterventions') this user may record at this step.
/// <see cref="IdentitiesMasked"/>: the caller's role does not
/// work with identities, so names are initials and identifying fields, reporters and free text are
/// left out.</summary>
public sealed record CaseDetails(
    Guid Id,
    string Number,
    string UnitCode,
    CaseStatus Status,
    string StatusName,
    int Version,
    IReadOnlyList<CaseAction> AllowedActions,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ClosedAt,
    Guid? AssignedUserId,
    string? PendingTransferTo,
    bool IdentitiesMasked,
    IncidentView Incident,
    IReadOnlyList<ChildView> Children,
    IReadOnlyList<ReportView> Reports,
    InitialAssessmentView? InitialAssessment,
    SpecificAssessmentView? SpecificAssessment,
    ConferenceView? Conference,
    ClosureView? Closure,
    IReadOnlyList<DeadlineView> Deadlines,
    IReadOnlyList<SupportAction> SupportActions);

public sealed record IncidentView(
    IncidentKind Kind, string KindName, AbuseType? AbuseType, AbuseSubType? AbuseSubType, InjuryCause? InjuryCause, InjurySeverity? InjurySeverity,
    IReadOnlyList<SpecialCircumstance> SpecialCircumstances, string? PlaceUnitCode, string? Setting, DateOnly? OccurredOn);

public sealed record ChildView(
    Guid ChildId, string DisplayName, Sex Sex, int? AgeAtReport, int? BirthYear, bool BirthYearEstimated, string? Ethnicity, string? ResidenceUnitCode,
    ChildIdentity? Identity)
{
    /// <summary>The child was 16 or 17 at the report: protected and counted, but outside the Law on Children's
    /// statistics (children under 16), which the reports show apart.</summary>
    public bool SixteenOrOverAtReport => AgeAtReport >= 16;
}

/// <summary>A report as taken. The officers who recorded and assessed are named by user id (<c>…By</c>) and by the name they
/// had on the case's timeline (<c>…ByName</c>), here and in the views below.</summary>
public sealed record ReportView(
    Guid Id, ReportChannel Channel, DateTimeOffset ReceivedAt, string ReceivingBody, string RecordedBy, bool Anonymous, string? ReporterRelationship,
    ReporterIdentity? Reporter, Narrative? Narrative, string RecordedByName);

public sealed record InitialAssessmentView(
    RiskLevel Harm, RiskLevel Risk, bool EmergencyNeeded, string? Reason, string AssessedBy, DateTimeOffset AssessedAt, string AssessedByName);

public sealed record SpecificAssessmentView(IReadOnlyList<string> Needs, AssessmentAreas? Areas, string AssessedBy, DateTimeOffset AssessedAt, string AssessedByName);

public sealed record ConferenceView(DateOnly HeldOn, IReadOnlyList<string> NeedsAgreed, string? Participants, string? Notes, DateTimeOffset RecordedAt);

public sealed record ClosureView(
    string ReasonCode, string? Note, string ProposedBy, DateTimeOffset ProposedAt, string? DecidedBy, DateTimeOffset? DecidedAt, bool? Approved,
    string ProposedByName, string? DecidedByName);

/// <summary>A time limit on the case, kept by <see cref="Module"/> (<c>cases</c>, or <c>support</c> for the plan's and a
/// separation's), named as it applies to the case's commune.</summary>
public sealed record DeadlineView(
    string RuleCode, string Name, Guid? SubjectId, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset? StoppedAt, bool Overdue, string Module);

/// <summary>One entry of a case's timeline: <see cref="At"/> when it happened, <see cref="RecordedAt"/> when it was typed in;
/// <see cref="Action"/> the code, <see cref="ActionName"/> and <see cref="StatusName"/> in the caller's language.</summary>
public sealed record TimelineView(
    DateTimeOffset At, string UserId, string UserName, string Action, CaseStatus StatusAfter, string? Detail, DateTimeOffset RecordedAt,
    string ActionName, string StatusName);
