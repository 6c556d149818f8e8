using CaseManagement.SupportInterventions.Contracts;

namespace CaseManagement.SupportInterventions.Domain;

/// <summary>
/// The emergency intervention the commune chair decided for a child facing serious harm (D56 art. 26,
/// within 12 hours of the report): the measures taken, each with its time, and the decision.
/// </summary>
public sealed class EmergencyIntervention
{
    private readonly List<EmergencyMeasure> measures = [];

    private EmergencyIntervention()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public string? DecisionNumber { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public string DecidedBy { get; private set; } = "";

    public string DecidedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<EmergencyMeasure> Measures => measures;

    public static EmergencyIntervention Decide(
        Guid id, SupportCase subject, string? decisionNumber, DateTimeOffset decidedAt, IEnumerable<EmergencyMeasure> taken, Actor chair)
    {
        if (!Cases.Contracts.SupportSteps.Allows(subject.Status, Cases.Contracts.SupportAction.EmergencyDecision))
        {
            throw new SupportStateException("emergency.not_due", subject.Number);
        }

        var intervention = new EmergencyIntervention
        {
            Id = id, CaseId = subject.CaseId, UnitCode = subject.UnitCode, DecisionNumber = decisionNumber,
            DecidedAt = decidedAt, DecidedBy = chair.UserId, DecidedByName = chair.UserName, RecordedAt = chair.RecordedAt,
        };
        intervention.measures.AddRange(taken);
        return intervention;
    }
}

/// <summary>One measure of an emergency intervention and when it was taken; its note is sealed (bound to the case).</summary>
public sealed record EmergencyMeasure(EmergencyMeasureKind Kind, DateTimeOffset TakenAt, string? NoteSealed);
