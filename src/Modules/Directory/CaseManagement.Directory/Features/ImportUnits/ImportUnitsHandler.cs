using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory.Features.ImportUnits;

public sealed record ImportUnitsResult(int Created, int Updated, int Unchanged);

/// <summary>
/// Imports a unit list as an upsert by code. The file is checked whole first: any bad line
/// rejects the import with every problem named by line and column, and nothing is saved.
/// Each new or changed unit queues an <see cref="AdministrativeUnitChanged"/> in the same SaveChanges.
/// </summary>
internal sealed class ImportUnitsHandler(DirectoryDbContext db, TimeProvider clock)
{
    public async Task<ImportUnitsResult> HandleAsync(Stream csv, CancellationToken ct)
    {
        var lines = await UnitCsvReader.ReadAsync(csv, ct);
        var existing = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var definitions = Validate(lines, existing);

        var now = clock.GetUtcNow();
        int created = 0, updated = 0;
        foreach (var definition in definitions)
        {
            if (existing.TryGetValue(definition.Code, out var unit))
            {
                if (!unit.Apply(definition))
                {
                    continue;
                }

                updated++;
            }
            else
            {
                unit = AdministrativeUnit.Create(definition);
                db.Units.Add(unit);
                created++;
            }

            db.AddIntegrationEvent(ToEvent(unit, now), now);
        }

        await db.SaveChangesAsync(ct);
        return new ImportUnitsResult(created, updated, definitions.Count - created - updated);
    }

    private static List<UnitDefinition> Validate(IReadOnlyList<UnitCsvLine> lines, Dictionary<string, AdministrativeUnit> existing)
    {
        var errors = new ImportErrors();
        var byCode = new Dictionary<string, UnitCsvLine>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var error in line.Errors)
            {
                errors.Add(line.Line, error.Column, error.Code);
            }

            if (line.Definition is { } definition && !byCode.TryAdd(definition.Code, line))
            {
                errors.Add(line.Line, "code", UnitViolations.DuplicateCode, definition.Code, byCode[definition.Code].Line);
            }
        }

        foreach (var line in byCode.Values)
        {
            var definition = line.Definition!;
            foreach (var violation in definition.Violations())
            {
                errors.Add(line.Line, ColumnOf(violation), violation);
            }

            if (definition.ParentCode is { } parentCode && parentCode != definition.Code)
            {
                var parentLevel = byCode.TryGetValue(parentCode, out var parentLine)
                    ? parentLine.Definition!.Level
                    : existing.GetValueOrDefault(parentCode)?.Level;
                if (parentLevel is null)
                {
                    errors.Add(line.Line, "parent_code", UnitViolations.ParentUnknown, parentCode);
                }
                else if (!definition.Level.CanBeChildOf(parentLevel.Value))
                {
                    errors.Add(line.Line, "parent_code", UnitViolations.ParentLevel,
                        DirectoryText.LevelName(definition.Level), DirectoryText.LevelName(parentLevel.Value));
                }
            }
        }

        errors.ThrowIfAny();
        return byCode.Values.OrderBy(l => l.Line).Select(l => l.Definition!).ToList();
    }

    private static string ColumnOf(string violation) => violation switch
    {
        UnitViolations.BadCode => "code",
        UnitViolations.BadName => "name",
        UnitViolations.ValidityReversed => "valid_to",
        _ => "parent_code",
    };

    internal static AdministrativeUnitChanged ToEvent(AdministrativeUnit unit, DateTimeOffset changedAt) => new(
        unit.Id, unit.Code, unit.Name, (UnitLevel)unit.Level, unit.ParentCode, unit.ValidFrom, unit.ValidTo, unit.Version, changedAt);

    /// <summary>Collects localised messages under keys like <c>lines[12].parent_code</c>.</summary>
    private sealed class ImportErrors
    {
        private readonly SortedDictionary<string, List<string>> errors = new(StringComparer.Ordinal);

        public void Add(int line, string column, string code, params object?[] args)
        {
            var key = column == UnitCsvReader.FileColumn ? "file" : $"lines[{line}].{column}";
            if (!errors.TryGetValue(key, out var messages))
            {
                errors[key] = messages = [];
            }

            messages.Add(DirectoryText.Messages.Get(code, args));
        }

        public void ThrowIfAny()
        {
            if (errors.Count > 0)
            {
                throw new RequestValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
            }
        }
    }
}
