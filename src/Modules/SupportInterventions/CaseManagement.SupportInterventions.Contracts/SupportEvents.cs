namespace CaseManagement.SupportInterventions.Contracts;

// Integration events of SupportInterventions that move a case's step in Cases. They carry ids, codes
// and dates, never a child's or a reporter's name. A step's time (DecidedAt, ApprovedAt…) is when it
// happened; OccurredAt is when it was recorded. The officer who took a step is named by their user id
// (…By) with their display name beside it (…ByName).

/// <summary>The commune chair decided the emergency intervention (within 12 hours of the report);
/// <see cref="Measures"/> are measure codes (police called, first aid, safe shelter…).</summary>
public sealed record EmergencyInterventionRecorded(
    Guid InterventionId, Guid CaseId, string UnitCode, IReadOnlyList<string> Measures, string DecidedBy, DateTimeOffset DecidedAt, DateTimeOffset OccurredAt,
    string? DecidedByName = null);

/// <summary>The commune chair approved a version of the support and intervention plan (Mẫu 05).</summary>
public sealed record SupportPlanApproved(
    Guid PlanId, Guid CaseId, string UnitCode, int PlanVersion, string ApprovedBy, DateTimeOffset ApprovedAt, DateTimeOffset OccurredAt,
    string? ApprovedByName = null);

public enum ReviewRecommendation
{
    /// <summary>The child is safe and stable: close the case.</summary>
    Close = 1,

    /// <summary>Harm or risk remains: draft a new plan.</summary>
    NewPlanCycle,
}

/// <summary>The review after the plan (Mẫu 06) and its recommendation.</summary>
public sealed record ReviewCompleted(
    Guid ReviewId, Guid CaseId, string UnitCode, ReviewRecommendation Recommendation, string ReviewedBy, DateTimeOffset CompletedAt, DateTimeOffset OccurredAt,
    string? ReviewedByName = null);

/// <summary>The measures of an emergency intervention (D56 art. 26).</summary>
public enum EmergencyMeasureKind
{
    /// <summary>The police were called to stop the harm.</summary>
    PoliceCalled = 1,
    FirstAid,
    MedicalCare,
    SafeShelter,
    EvidenceKept,
    HotlineConsulted,
    Other,
}

/// <summary>The social worker submitted a version of the support plan to the commune chair (Mẫu 04).</summary>
public sealed record SupportPlanSubmitted(
    Guid PlanId, Guid CaseId, string UnitCode, int Cycle, int PlanVersion, IReadOnlyList<string> ServiceTypes, long EstimatedCostVnd,
    DateTimeOffset SubmittedAt, DateTimeOffset OccurredAt);

/// <summary>The commune chair sent a plan version back for changes.</summary>
public sealed record SupportPlanReturned(
    Guid PlanId, Guid CaseId, string UnitCode, int PlanVersion, DateTimeOffset ReturnedAt, DateTimeOffset OccurredAt, string? ReturnedBy = null,
    string? ReturnedByName = null);

/// <summary>An approved plan is being changed: a new version was started, which needs approval again.</summary>
public sealed record SupportPlanRevised(Guid PlanId, Guid CaseId, string UnitCode, int NewVersion, DateTimeOffset OccurredAt);

/// <summary>A deadline of SupportInterventions' rules falls due within two hours and is not met yet.</summary>
public sealed record SupportDeadlineDueSoon(Guid DeadlineId, string RuleCode, Guid CaseId, Guid? SubjectId, string UnitCode, DateTimeOffset DueAt, DateTimeOffset OccurredAt);

/// <summary>A deadline of SupportInterventions' rules passed without its stop signal.</summary>
public sealed record SupportDeadlineBreached(
    Guid DeadlineId, string RuleCode, Guid CaseId, Guid? SubjectId, string UnitCode, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

/// <summary>A deadline of SupportInterventions' rules stopped, met or late.</summary>
public sealed record SupportDeadlineStopped(
    Guid DeadlineId, string RuleCode, Guid CaseId, Guid? SubjectId, string UnitCode, DateTimeOffset StartedAt, DateTimeOffset DueAt, bool Met, DateTimeOffset StoppedAt);

/// <summary>An approved plan referred a service to a provider, who accepts or declines it.</summary>
public sealed record ServiceReferralSent(
    Guid ReferralId, Guid CaseId, string UnitCode, Guid ProviderOrganisationId, string ServiceType, DateTimeOffset SentAt, DateTimeOffset OccurredAt);

/// <summary>A provider accepted a service referral of an approved plan.</summary>
public sealed record ServiceReferralAccepted(
    Guid ReferralId, Guid CaseId, string UnitCode, Guid ProviderOrganisationId, string ServiceType, DateTimeOffset AcceptedAt, DateTimeOffset OccurredAt);

/// <summary>A provider declined a service referral; the social worker must find another provider.</summary>
public sealed record ServiceReferralDeclined(
    Guid ReferralId, Guid CaseId, string UnitCode, Guid ProviderOrganisationId, string ServiceType, DateTimeOffset DeclinedAt, DateTimeOffset OccurredAt);

/// <summary>A provider reported a delivery of the service.</summary>
public sealed record ServiceDelivered(
    Guid ReferralId, Guid CaseId, string UnitCode, Guid ProviderOrganisationId, string ServiceType, DateOnly DeliveredOn, DateTimeOffset OccurredAt);

/// <summary>A provider completed the service, with its actual cost beside the plan's estimate.</summary>
public sealed record ServiceReferralCompleted(
    Guid ReferralId, Guid CaseId, string UnitCode, Guid ProviderOrganisationId, string ServiceType, DateOnly CompletedOn,
    long EstimatedCostVnd, long ActualCostVnd, DateTimeOffset OccurredAt);

/// <summary>The review closed a plan cycle: its approved version, the estimated cost of that version and
/// the actual cost the providers reported.</summary>
public sealed record SupportPlanClosed(
    Guid PlanId, Guid CaseId, string UnitCode, int Cycle, int ApprovedVersion, long EstimatedCostVnd, long ActualCostVnd, DateTimeOffset ClosedAt, DateTimeOffset OccurredAt);

/// <summary>Where a separated child stays: with a temporary carer, else in a social-assistance facility.</summary>
public enum PlacementKind
{
    TemporaryCarer = 1,
    Facility,
}

/// <summary>Why a temporary separation ended.</summary>
public enum SeparationEndReason
{
    /// <summary>Home was reassessed as safe: the chair cancelled the decision and the child went home.</summary>
    HomeAssessedSafe = 1,

    /// <summary>A court ordered the child's care beyond the separation.</summary>
    CourtOrderedCare,

    /// <summary>Long-term alternative care (kinship, foster or facility care) began.</summary>
    LongTermAlternativeCare,
    Other,
}

/// <summary>The commune chair separated a child temporarily from parents or carer (Mẫu 07).</summary>
public sealed record SeparationStarted(
    Guid SeparationId, Guid CaseId, string UnitCode, PlacementKind Placement, DateTimeOffset StartedAt, DateOnly EndsOn, DateTimeOffset OccurredAt);

/// <summary>A competent authority extended a temporary separation.</summary>
public sealed record SeparationExtended(Guid SeparationId, Guid CaseId, string UnitCode, DateOnly ExtendedTo, DateTimeOffset OccurredAt);

/// <summary>A temporary separation ended; <see cref="Days"/> it lasted, counted in Vietnam days.</summary>
public sealed record SeparationEnded(
    Guid SeparationId, Guid CaseId, string UnitCode, SeparationEndReason Reason, DateTimeOffset EndedAt, int Days, DateTimeOffset OccurredAt);

/// <summary>How a monitoring contact was made.</summary>
public enum MonitoringKind
{
    HomeVisit = 1,
    PhoneCall,
    SchoolVisit,
    /// <summary>The scheduled follow-up of a child in alternative care (1 and 3 months after placement, then every 6 months).</summary>
    AlternativeCareFollowUp,
}

/// <summary>The child's situation as the monitoring found it.</summary>
public enum ChildSituation
{
    Safe = 1,
    Improving,
    Concern,
    AtRisk,
}

/// <summary>The social worker recorded a monitoring visit or call.</summary>
public sealed record MonitoringRecorded(
    Guid VisitId, Guid CaseId, string UnitCode, MonitoringKind Kind, ChildSituation Situation, DateOnly VisitedOn, DateTimeOffset OccurredAt);
