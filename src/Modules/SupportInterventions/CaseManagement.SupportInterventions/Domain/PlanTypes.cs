namespace CaseManagement.SupportInterventions.Domain;

/// <summary>Where a support plan stands: drafted by the social worker, submitted to the commune chair,
/// returned with comments or approved (Mẫu 05); a revision of an approved plan is a new draft version.
/// The review at the plan's end closes it.</summary>
public enum PlanStatus
{
    Draft = 1,
    Submitted,
    Returned,
    Approved,
    Closed,
}

public enum PlanDecisionKind
{
    Approved = 1,
    Returned,
}
