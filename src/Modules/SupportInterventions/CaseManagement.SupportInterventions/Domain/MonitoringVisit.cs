using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Contracts;

namespace CaseManagement.SupportInterventions.Domain;

/// <summary>
/// A monitoring contact with the child (D56 art. 29: theo dõi, đôn đốc): when, how, who, what was seen
/// and the child's situation. Alternative-care follow-ups count toward the 1-month, 3-month and
/// 6-monthly schedule.
/// </summary>
public sealed class MonitoringVisit
{
    private MonitoringVisit()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public DateOnly VisitedOn { get; private set; }

    public MonitoringKind Kind { get; private set; }

    /// <summary>Sealed, bound to the case.</summary>
    public string ObservationsSealed { get; private set; } = "";

    public ChildSituation Situation { get; private set; }

    public string VisitedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static MonitoringVisit Record(SupportCase subject, DateOnly visitedOn, MonitoringKind kind, string observationsSealed, ChildSituation situation, Actor author)
    {
        if (!SupportSteps.Allows(subject.Status, SupportAction.Monitoring))
        {
            throw new SupportStateException("monitoring.not_allowed", subject.Number);
        }

        if (kind == MonitoringKind.AlternativeCareFollowUp && subject.AlternativeCareSince is null)
        {
            throw new SupportStateException("monitoring.no_alternative_care", subject.Number);
        }

        return new MonitoringVisit
        {
            Id = Guid.CreateVersion7(), CaseId = subject.CaseId, UnitCode = subject.UnitCode, VisitedOn = visitedOn, Kind = kind,
            ObservationsSealed = observationsSealed, Situation = situation, VisitedBy = author.UserName, RecordedAt = author.At,
        };
    }
}
