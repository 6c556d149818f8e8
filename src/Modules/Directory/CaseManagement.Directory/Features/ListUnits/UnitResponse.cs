using CaseManagement.Directory.Contracts;

namespace CaseManagement.Directory.Features.ListUnits;

public sealed record UnitResponse(
    string Code,
    string Name,
    UnitLevel Level,
    string? ParentCode,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    int Version);
