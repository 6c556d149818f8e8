namespace CaseManagement.Directory.Contracts;

/// <summary>An organisation was created or changed; carries its whole current state and its services.</summary>
public sealed record OrganisationChanged(
    Guid OrganisationId,
    string Name,
    OrganisationType Type,
    string UnitCode,
    IReadOnlyList<string> ServedUnitCodes,
    IReadOnlyList<ServiceOffered> Services,
    DateOnly? ActiveFrom,
    DateOnly? ActiveTo,
    int Version,
    DateTimeOffset ChangedAt);

/// <summary>A service an organisation provides.</summary>
public sealed record ServiceOffered(Guid ServiceId, ServiceType Type, string Name, int? Capacity, bool Available24x7, bool Active);
