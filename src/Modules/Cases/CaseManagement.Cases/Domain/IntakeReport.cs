using CaseManagement.Cases.Contracts;

namespace CaseManagement.Cases.Domain;

/// <summary>
/// One report as received (Mẫu 01). A case keeps every report of its incident. The reporter's
/// identity is kept (sealed) only with their consent; the narrative (what happened, the child's
/// condition, likely consequences, actions already taken) is always sealed.
/// </summary>
public sealed class IntakeReport
{
    private IntakeReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public ReportChannel Channel { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The body that received the report (free text or a Directory organisation's name).</summary>
    public string ReceivingBody { get; private set; } = "";

    /// <summary>The user or integration client who recorded it.</summary>
    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public bool ReporterConsented { get; private set; }

    /// <summary>Null for an anonymous report (no consent to keep the reporter's identity).</summary>
    public string? ReporterSealed { get; private set; }

    /// <summary>How the reporter relates to the child (neighbour, teacher…), kept even when anonymous.</summary>
    public string? ReporterRelationship { get; private set; }

    public string NarrativeSealed { get; private set; } = "";

    public static IntakeReport Receive(
        Guid id, Guid caseId, ReportChannel channel, DateTimeOffset receivedAt, string receivingBody, Actor recordedBy,
        bool reporterConsented, string? reporterSealed, string? reporterRelationship, string narrativeSealed) => new()
    {
        Id = id, CaseId = caseId, Channel = channel, ReceivedAt = receivedAt, ReceivingBody = receivingBody,
        RecordedBy = recordedBy.UserId, RecordedAt = recordedBy.At, ReporterConsented = reporterConsented,
        ReporterSealed = reporterConsented ? reporterSealed : null, ReporterRelationship = reporterRelationship,
        NarrativeSealed = narrativeSealed,
    };
}
