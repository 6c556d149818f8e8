using CaseManagement.Cases.Contracts;

namespace CaseManagement.Cases.Domain;

/// <summary>One step in a case's timeline: who did what, when it happened and when it was typed in,
/// and the step it left the case in. The detail holds codes only, never narrative.</summary>
public sealed class TimelineEntry
{
    private TimelineEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>When it was typed in (the audit's time).</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    public string Action { get; private set; } = "";

    public CaseStatus StatusAfter { get; private set; }

    public string? Detail { get; private set; }

    public static TimelineEntry For(Guid caseId, Actor actor, string action, CaseStatus statusAfter, string? detail) => new()
    {
        Id = Guid.CreateVersion7(), CaseId = caseId, At = actor.At, RecordedAt = actor.RecordedAt, UserId = actor.UserId, UserName = actor.UserName,
        Action = action, StatusAfter = statusAfter, Detail = detail,
    };
}
