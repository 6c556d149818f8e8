namespace CaseManagement.Cases.Domain;

/// <summary>The timeline's names of actions: kebab-case, stable (they are stored).</summary>
public static class ActionCodes
{
    public const string PlanReturned = "plan-returned";

    public static string Of(CaseAction action) => action switch
    {
        CaseAction.StartVerification => "verification-started",
        CaseAction.Confirm => "verified",
        CaseAction.RejectAsUnfounded => "closed-unfounded",
        CaseAction.AssessWithEmergency or CaseAction.AssessWithoutEmergency => "initial-assessment",
        CaseAction.CompleteEmergency => "emergency-completed",
        CaseAction.RecordSpecificAssessment => "specific-assessment",
        CaseAction.HoldConference => "conference-held",
        CaseAction.ApprovePlan => "plan-approved",
        CaseAction.StartReview => "review-started",
        CaseAction.StartNewPlanCycle => "new-plan-cycle",
        CaseAction.ProposeClosure => "closure-proposed",
        CaseAction.ApproveClosure => "closed",
        CaseAction.RejectClosure => "closure-refused",
        CaseAction.Reopen => "reopened",
        _ => action.ToString(),
    };
}
