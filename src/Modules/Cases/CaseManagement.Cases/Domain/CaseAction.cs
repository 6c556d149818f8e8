namespace CaseManagement.Cases.Domain;

/// <summary>What can be done to a case; <see cref="CaseProcedure"/> says in which step.</summary>
public enum CaseAction
{
    StartVerification = 1,
    Confirm,
    RejectAsUnfounded,
    AssessWithEmergency,
    AssessWithoutEmergency,
    CompleteEmergency,
    RecordSpecificAssessment,
    HoldConference,
    ApprovePlan,
    StartReview,
    StartNewPlanCycle,
    ProposeClosure,
    ApproveClosure,
    RejectClosure,
    Reopen,
}
