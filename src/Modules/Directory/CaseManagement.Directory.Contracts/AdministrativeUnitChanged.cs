namespace CaseManagement.Directory.Contracts;

/// <summary>
/// A version of an administrative unit was created or changed. A unit (one code) may have several
/// versions over time, each with its own validity period; <see cref="UnitId"/> names the version.
/// The event carries the whole current state of the version, so a consumer can keep its own copy;
/// <see cref="Version"/> grows with each change, so a copy applies only newer versions and is safe
/// against late or out-of-order delivery.
/// </summary>
/// <param name="SuccessorCodes">The units this one went into when it ended (a merger): records kept
/// under it count toward them.</param>
/// <param name="Remote">A remote, mountain or island unit: some legal time limits are longer there.</param>
public sealed record AdministrativeUnitChanged(
    Guid UnitId,
    string Code,
    string Name,
    UnitLevel Level,
    string? ParentCode,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyList<string> SuccessorCodes,
    bool Remote,
    int Version,
    DateTimeOffset ChangedAt);
