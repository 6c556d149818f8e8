using System.Text.Json;

namespace CaseManagement.BuildingBlocks.Outbox;

/// <summary>One integration event waiting in a module's outbox, in insertion order (<see cref="Id"/>).</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public long Id { get; private set; }

    /// <summary>CLR type of the event as "Namespace.Type, Assembly" (no version, so upgrades still resolve).</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public string? CorrelationId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? ParkedAt { get; private set; }

    public static OutboxMessage Create(object integrationEvent, DateTimeOffset occurredAt, string? correlationId)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Type = TypeName(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, OutboxJson.Options),
            CorrelationId = correlationId,
            OccurredAt = occurredAt,
        };
    }

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public bool IsDue(DateTimeOffset now) => NextAttemptAt is null || NextAttemptAt <= now;

    /// <summary>Counts a failed publish; schedules the next try or parks the row for an operator.</summary>
    public void RecordFailure(DateTimeOffset now, string error, OutboxOptions options)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= options.MaxAttempts)
        {
            ParkedAt = now;
            NextAttemptAt = null;
            return;
        }

        NextAttemptAt = now + options.BackoffFor(Attempts);
    }

    /// <summary>Parks at once: a row that can never be published (its type is unknown).</summary>
    public void Park(DateTimeOffset now, string error)
    {
        Attempts++;
        LastError = error;
        ParkedAt = now;
    }

    /// <summary>An operator's decision to try a parked row again.</summary>
    public void Release()
    {
        ParkedAt = null;
        NextAttemptAt = null;
        Attempts = 0;
    }
}
