using CaseManagement.Cases.Contracts;

namespace CaseManagement.SupportInterventions.Domain;

/// <summary>
/// SupportInterventions' copy of a case, from Cases' events: its number, the commune it belongs to
/// (jurisdiction), its step of the procedure (what support work it allows) and whether the initial
/// assessment called for an emergency intervention. No names: the child's identity stays in Cases.
/// </summary>
public sealed class SupportCase
{
    private SupportCase()
    {
    }

    public Guid CaseId { get; private set; }

    public string Number { get; private set; } = "";

    public string UnitCode { get; private set; } = "";

    public DateTimeOffset ReportedAt { get; private set; }

    public CaseStatus Status { get; private set; }

    public bool EmergencyNeeded { get; private set; }

    /// <summary>The day the child was placed in long-term alternative care, which starts its follow-ups.</summary>
    public DateOnly? AlternativeCareSince { get; private set; }

    /// <summary>When the case's latest step happened (a step done on paper may be typed in later).</summary>
    public DateTimeOffset StatusAt { get; private set; }

    /// <summary>The case's version after its latest step: it orders the steps, whatever their times.</summary>
    public int StatusVersion { get; private set; }

    /// <summary>A copy started by whichever of the case's events arrives first (they travel on
    /// separate queues); the report fills in the number.</summary>
    public static SupportCase Start(Guid caseId, string unitCode) =>
        new() { CaseId = caseId, UnitCode = unitCode, Status = CaseStatus.Reported, StatusAt = DateTimeOffset.MinValue };

    public void Reported(CaseReported reported) => (Number, ReportedAt) = (reported.CaseNumber, reported.ReceivedAt);

    /// <summary>Applies a step newer than the one held, by the case's version after it: a step done on paper and
    /// typed in later has an earlier time than the entry of the step before it, but a later version.</summary>
    public bool ChangeStatus(CaseStatus to, DateTimeOffset at, int caseVersion)
    {
        // An event without a version (published before versions were carried) is ordered by its time.
        if (caseVersion > 0 ? caseVersion <= StatusVersion : at < StatusAt)
        {
            return false;
        }

        (Status, StatusAt, StatusVersion) = (to, at, caseVersion);
        return true;
    }

    public void Assessed(bool emergencyNeeded) => EmergencyNeeded = emergencyNeeded;

    public void MovedTo(string unitCode) => UnitCode = unitCode;

    public void PlacedInAlternativeCare(DateOnly since) => AlternativeCareSince = since;
}
