namespace CaseManagement.Reporting.Domain;

/// <summary>
/// A logged event the projector could not apply (its content, or a fault in our rules), set aside so
/// that the figures go on from the events after it. It stays in the log; a rebuild after the fix
/// replays it in its place.
/// </summary>
public sealed class ParkedEvent(long logId, string eventType, string error, DateTimeOffset parkedAt)
{
    public const int MaxErrorLength = 2000;

    public long LogId { get; private set; } = logId;

    public string EventType { get; private set; } = eventType;

    public string Error { get; private set; } = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];

    public DateTimeOffset ParkedAt { get; private set; } = parkedAt;
}
