namespace CaseManagement.Cases.Features.Shared;

// What is sealed (encrypted) as one document per record: who a child is, who reported, what happened.

public sealed record ChildIdentity(
    string FullName, DateOnly? DateOfBirth, string? PersonalNumber, string? Address, string? School, string? SchoolClass,
    IReadOnlyList<CarerIdentity> Carers);

public sealed record CarerIdentity(string FullName, int? Age, string? Relationship, string? Occupation, string? FamilySituation, bool IsCurrentCarer);

public sealed record ReporterIdentity(string? FullName, string? Phone, string? Address);

public sealed record Narrative(string? Description, string? CurrentCondition, string? LikelyConsequences, string? ActionsTaken);
