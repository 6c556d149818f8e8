namespace CaseManagement.Cases.Contracts;

/// <summary>The support work a module other than Cases does on a case.</summary>
public enum SupportAction
{
    /// <summary>The chair's emergency decision (D56 art. 26).</summary>
    EmergencyDecision = 1,

    /// <summary>A temporary separation from parents or carer (Mẫu 07).</summary>
    Separation,

    /// <summary>Drafting the support and intervention plan (Mẫu 04).</summary>
    PlanDrafting,

    /// <summary>A monitoring visit or call.</summary>
    Monitoring,

    /// <summary>The review after the plan (Mẫu 06).</summary>
    Review,
}

/// <summary>
/// Which steps of the procedure allow which support work: Cases owns the steps, so it says what each allows,
/// and a new step is a change here alone. SupportInterventions asks before it acts on its copy of a case.
/// </summary>
public static class SupportSteps
{
    public static bool Allows(CaseStatus step, SupportAction action) => action switch
    {
        SupportAction.EmergencyDecision => step == CaseStatus.Emergency,
        SupportAction.PlanDrafting => step == CaseStatus.Planning,
        // From the first assessment on, while the case is open: a child may need separating at any step after it.
        SupportAction.Separation => step is not (CaseStatus.Reported or CaseStatus.Verifying or CaseStatus.ClosureProposed or CaseStatus.Closed),
        SupportAction.Monitoring => step is not (CaseStatus.Reported or CaseStatus.Verifying or CaseStatus.Closed),
        SupportAction.Review => step is CaseStatus.Support or CaseStatus.Review,
        _ => false,
    };
}
