namespace CaseManagement.Directory.Contracts;

/// <summary>A member of staff was created or changed; carries the whole current state.</summary>
public sealed record StaffChanged(
    Guid StaffId,
    string FullName,
    Guid OrganisationId,
    string UnitCode,
    StaffFunction Function,
    string? VillageCode,
    DateOnly? ActiveFrom,
    DateOnly? ActiveTo,
    int Version,
    DateTimeOffset ChangedAt);
