namespace CaseManagement.SupportInterventions.Domain;

/// <summary>Who did something, and when it happened: <see cref="At"/> is the step's own time (a step done on
/// paper is typed in later), <see cref="RecordedAt"/> when it was typed in. Every write is attributable.</summary>
public sealed record Actor(string UserId, string UserName, DateTimeOffset At)
{
    public DateTimeOffset RecordedAt { get; init; } = At;

    /// <summary>The same person and entry time, for a step that happened at <paramref name="at"/>.</summary>
    public Actor HappenedAt(DateTimeOffset at) => this with { At = at };
}
