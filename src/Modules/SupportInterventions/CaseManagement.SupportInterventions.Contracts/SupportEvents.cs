namespace CaseManagement.SupportInterventions.Contracts;

// Integration events of SupportInterventions that move a case's step in Cases. They carry ids,
// codes and dates, never names.

/// <summary>The commune chair decided the emergency intervention (within 12 hours of the report);
/// <see cref="Measures"/> are measure codes (police called, first aid, safe shelter…).</summary>
public sealed record EmergencyInterventionRecorded(
    Guid InterventionId, Guid CaseId, string UnitCode, IReadOnlyList<string> Measures, string DecidedBy, DateTimeOffset DecidedAt, DateTimeOffset OccurredAt);

/// <summary>The commune chair approved a version of the support and intervention plan (Mẫu 05).</summary>
public sealed record SupportPlanApproved(
    Guid PlanId, Guid CaseId, string UnitCode, int PlanVersion, string ApprovedBy, DateTimeOffset ApprovedAt, DateTimeOffset OccurredAt);

public enum ReviewRecommendation
{
    /// <summary>The child is safe and stable: close the case.</summary>
    Close = 1,

    /// <summary>Harm or risk remains: draft a new plan.</summary>
    NewPlanCycle,
}

/// <summary>The review after the plan (Mẫu 06) and its recommendation.</summary>
public sealed record ReviewCompleted(
    Guid ReviewId, Guid CaseId, string UnitCode, ReviewRecommendation Recommendation, string ReviewedBy, DateTimeOffset CompletedAt, DateTimeOffset OccurredAt);
