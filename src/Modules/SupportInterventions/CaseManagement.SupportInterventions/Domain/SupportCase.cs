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

    /// <summary>When the status last changed in Cases; older status events are ignored.</summary>
    public DateTimeOffset StatusAt { get; private set; }

    /// <summary>A copy started by whichever of the case's events arrives first (they travel on
    /// separate queues); the report fills in the number.</summary>
    public static SupportCase Start(Guid caseId, string unitCode) =>
        new() { CaseId = caseId, UnitCode = unitCode, Status = CaseStatus.Reported, StatusAt = DateTimeOffset.MinValue };

    public void Reported(CaseReported reported) => (Number, ReportedAt) = (reported.CaseNumber, reported.ReceivedAt);

    /// <summary>Applies a status newer than the one held. Transitions saved together share their
    /// time, and then the procedure's order decides (it only goes back, on reopening, later).</summary>
    public bool ChangeStatus(CaseStatus to, DateTimeOffset at)
    {
        if (at < StatusAt || (at == StatusAt && to <= Status))
        {
            return false;
        }

        (Status, StatusAt) = (to, at);
        return true;
    }

    public void Assessed(bool emergencyNeeded) => EmergencyNeeded = emergencyNeeded;

    public void MovedTo(string unitCode) => UnitCode = unitCode;

    public void PlacedInAlternativeCare(DateOnly since) => AlternativeCareSince = since;
}
