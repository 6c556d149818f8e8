using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Features.ListUnits;
using CaseManagement.Directory.Features.Organisations;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory.Features.Staff;

public sealed record VillageCoverage(string Code, string Name, int Collaborators);

/// <summary>A commune's staffing: child-protection officers, the chair and vice-chairs, and each village's collaborators.</summary>
public sealed record CommuneCoverage(string Code, string Name, int Officers, int Chairs, IReadOnlyList<VillageCoverage> Villages)
{
    public int VillagesWithoutCollaborator => Villages.Count(v => v.Collaborators == 0);
}

/// <summary>The seeds' staffing figures as a query: who covers the communes and villages below a unit.</summary>
public sealed record CoverageResponse(
    string UnitCode,
    DateOnly AsOf,
    int Officers,
    int Collaborators,
    IReadOnlyList<string> CommunesWithoutOfficer,
    IReadOnlyList<string> VillagesWithoutCollaborator,
    IReadOnlyList<CommuneCoverage> Communes);

internal sealed class CoverageHandler(DirectoryDbContext db, UnitHierarchyCache hierarchies, TimeProvider clock)
{
    public async Task<CoverageResponse> GetAsync(string unitCode, string? asOf, CancellationToken ct)
    {
        var date = RequestValues.ParseDate(asOf) ?? VietnamTime.Today(clock);
        var hierarchy = await hierarchies.GetAsync(ct);
        var unit = hierarchy.InForce(unitCode, date)
            ?? throw ListUnitsEndpoint.UnitNotInForce(unitCode, date);
        var communes = unit.Level == AdministrativeLevel.Commune ? [unit] : hierarchy.Descendants(unitCode, date, AdministrativeLevel.Commune);
        var codes = communes.Select(c => c.Code).ToList();
        var staff = (await db.Staff.AsNoTracking().Where(s => codes.Contains(s.UnitCode)).ToListAsync(ct))
            .Where(s => s.Active.Contains(date)).ToLookup(s => s.UnitCode, StringComparer.Ordinal);

        var coverage = communes.Select(commune =>
        {
            var people = staff[commune.Code].ToList();
            var collaboratorsByVillage = people.Where(s => s.Function == StaffFunction.VillageCollaborator && s.VillageCode is not null)
                .ToLookup(s => s.VillageCode!, StringComparer.Ordinal);
            return new CommuneCoverage(
                commune.Code,
                commune.Name,
                people.Count(s => s.Function == StaffFunction.ChildProtectionOfficer),
                people.Count(s => s.Function is StaffFunction.CommuneChair or StaffFunction.CommuneViceChair),
                [.. hierarchy.Descendants(commune.Code, date, AdministrativeLevel.Village)
                    .Select(v => new VillageCoverage(v.Code, v.Name, collaboratorsByVillage[v.Code].Count()))]);
        }).ToList();

        return new CoverageResponse(
            unitCode,
            date,
            coverage.Sum(c => c.Officers),
            coverage.Sum(c => c.Villages.Sum(v => v.Collaborators)),
            [.. coverage.Where(c => c.Officers == 0).Select(c => c.Code)],
            [.. coverage.SelectMany(c => c.Villages).Where(v => v.Collaborators == 0).Select(v => v.Code)],
            coverage);
    }
}
