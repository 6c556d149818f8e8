namespace CaseManagement.Reporting.Domain;

/// <summary>An integration event as Reporting received it. The log is Reporting's source of truth:
/// every projection can be rebuilt from it, and a new indicator computed for past periods.</summary>
public sealed class RecordedEvent(Guid messageId, string eventType, string payload, DateTimeOffset recordedAt)
{
    public long Id { get; private set; }

    public Guid MessageId { get; private set; } = messageId;

    public string EventType { get; private set; } = eventType;

    public string Payload { get; private set; } = payload;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;
}
