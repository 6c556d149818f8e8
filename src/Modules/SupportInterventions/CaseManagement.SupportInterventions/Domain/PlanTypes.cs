namespace CaseManagement.SupportInterventions.Domain;

/// <summary>Where a support plan stands: drafted by the social worker, submitted to the commune chair,
/// returned with comments or approved (Mẫu 05); a revision of an approved plan is a new draft version.</summary>
public enum PlanStatus
{
    Draft = 1,
    Submitted,
    Returned,
    Approved,
}

public enum PlanDecisionKind
{
    Approved = 1,
    Returned,
}
