using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Domain;

namespace CaseManagement.Directory.Features.ListUnits;

/// <summary>One version of a unit. <see cref="Id"/> names the version; <see cref="Code"/> the unit.</summary>
public sealed record UnitResponse(
    Guid Id,
    string Code,
    string Name,
    UnitLevel Level,
    string? ParentCode,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyList<string> SuccessorCodes,
    bool Remote,
    int Version)
{
    // Mapped in memory: the level is stored as text, and a cast inside a query would be sent to SQL.
    internal static UnitResponse From(AdministrativeUnit u) =>
        new(u.Id, u.Code, u.Name, (UnitLevel)u.Level, u.ParentCode, u.ValidFrom, u.ValidTo, u.SuccessorCodes, u.Remote, u.Version);
}
