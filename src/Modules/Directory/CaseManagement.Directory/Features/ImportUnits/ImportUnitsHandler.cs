using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory.Features.ImportUnits;

/// <summary>What an import did, or with <see cref="DryRun"/> would do; <see cref="Problems"/> names
/// each bad line and why (the first 200; <see cref="ProblemCount"/> counts them all; an import with problems saves nothing).</summary>
public sealed record UnitImportReport(
    bool DryRun, bool Valid, int Created, int Updated, int Unchanged, IReadOnlyList<UnitImportProblem> Problems, int ProblemCount);

/// <summary>
/// Imports a unit list as an upsert of versions, each named by its code and start date. The file is
/// checked whole first (<see cref="UnitImportValidator"/>). A dry run reports what would change and
/// every problem; a real import with any problem is refused with all of them as field errors and
/// saves nothing. Each new or changed version queues an <see cref="AdministrativeUnitChanged"/> in
/// the same SaveChanges.
/// </summary>
internal sealed class ImportUnitsHandler(DirectoryDbContext db, UnitHierarchyCache hierarchy, TimeProvider clock)
{
    public async Task<UnitImportReport> HandleAsync(Stream csv, bool dryRun, CancellationToken ct)
    {
        var lines = await UnitCsvReader.ReadAsync(csv, ct);
        var existing = await db.Units.ToListAsync(ct);
        var problems = new UnitImportProblems();
        var valid = UnitImportValidator.Validate(lines, existing, problems);
        if (problems.Any && !dryRun)
        {
            throw problems.ToException();
        }

        var stored = existing.ToDictionary(u => (u.Code, u.ValidFrom));
        var now = clock.GetUtcNow();
        int created = 0, updated = 0;
        foreach (var definition in valid.Select(l => l.Definition!))
        {
            if (stored.TryGetValue((definition.Code, definition.ValidFrom), out var unit))
            {
                if (unit.Matches(definition))
                {
                    continue;
                }

                updated++;
                if (!dryRun)
                {
                    unit.Apply(definition);
                    db.AddIntegrationEvent(ToEvent(unit, now), now);
                }
            }
            else
            {
                created++;
                if (!dryRun)
                {
                    unit = AdministrativeUnit.Create(definition);
                    db.Units.Add(unit);
                    db.AddIntegrationEvent(ToEvent(unit, now), now);
                }
            }
        }

        if (!dryRun)
        {
            await db.SaveChangesAsync(ct);
            hierarchy.Invalidate();
        }

        return new UnitImportReport(dryRun, !problems.Any, created, updated, valid.Count - created - updated, problems.InLineOrder(), problems.Count);
    }

    internal static AdministrativeUnitChanged ToEvent(AdministrativeUnit unit, DateTimeOffset changedAt) => new(
        unit.Id, unit.Code, unit.Name, (UnitLevel)unit.Level, unit.ParentCode, unit.ValidFrom, unit.ValidTo,
        unit.SuccessorCodes, unit.Remote, unit.Version, changedAt);
}
