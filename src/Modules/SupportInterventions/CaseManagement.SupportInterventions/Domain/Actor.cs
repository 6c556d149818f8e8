namespace CaseManagement.SupportInterventions.Domain;

/// <summary>Who did something and when: every write is attributable.</summary>
public sealed record Actor(string UserId, string UserName, DateTimeOffset At);
