namespace CaseManagement.Directory.Contracts;

/// <summary>
/// An administrative unit was created or changed. Carries the whole current state, so a consumer
/// can keep its own copy; <see cref="Version"/> grows with each change, so a copy applies only
/// newer versions and is safe against late or out-of-order delivery.
/// </summary>
public sealed record AdministrativeUnitChanged(
    Guid UnitId,
    string Code,
    string Name,
    UnitLevel Level,
    string? ParentCode,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    int Version,
    DateTimeOffset ChangedAt);
