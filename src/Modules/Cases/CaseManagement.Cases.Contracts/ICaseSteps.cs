namespace CaseManagement.Cases.Contracts;

/// <summary>Cases' own view of the step a case is at, for a module acting on a step Cases has just committed:
/// its copy of the case, updated by Cases' events, may be a moment behind.</summary>
public interface ICaseSteps
{
    /// <summary>The case's step, or null when there is no such case.</summary>
    Task<CaseStatus?> StatusOfAsync(Guid caseId, CancellationToken ct);
}
