using CaseManagement.Cases.Contracts;

namespace CaseManagement.Cases.Domain;

// The records each step of the procedure leaves on the case. Free text is sealed (encrypted) by
// the caller before it reaches the domain.

/// <summary>Initial assessment (Mẫu 02).</summary>
public sealed record InitialAssessment(RiskLevel Harm, RiskLevel Risk, bool EmergencyNeeded, string ReasonSealed, string AssessedBy, DateTimeOffset AssessedAt);

/// <summary>Specific assessment (Mẫu 03): the eight areas (sealed JSON) and the needs, as Directory service type names.</summary>
public sealed record SpecificAssessment(string AreasSealed, string Needs, string AssessedBy, DateTimeOffset AssessedAt);

/// <summary>The case conference on needs: when, who took part and what was said (sealed), the needs agreed.</summary>
public sealed record CaseConference(DateOnly HeldOn, string MinutesSealed, string NeedsAgreed, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A closure proposed by the social worker and decided by the commune chair.</summary>
public sealed record ClosureRecord(
    string ReasonCode, string? NoteSealed, string ProposedBy, DateTimeOffset ProposedAt, CaseStatus ProposedFrom,
    string? DecidedBy = null, DateTimeOffset? DecidedAt = null, bool? Approved = null);

/// <summary>A move to another commune waiting for that commune to accept it.</summary>
public sealed record PendingTransfer(string ToUnitCode, string RequestedBy, DateTimeOffset RequestedAt);

/// <summary>Who did something, and when it happened: <see cref="At"/> is the step's own time (a step done
/// on paper is typed in later), <see cref="RecordedAt"/> when it was typed in.</summary>
public sealed record Actor(string UserId, string UserName, DateTimeOffset At)
{
    public DateTimeOffset RecordedAt { get; init; } = At;

    /// <summary>The same person and entry time, for a step that happened at <paramref name="at"/>.</summary>
    public Actor HappenedAt(DateTimeOffset at) => this with { At = at };
}
