using System.Globalization;
using CaseManagement.Directory.Domain;

namespace CaseManagement.Directory.Features.ImportUnits;

/// <summary>
/// Checks an import file against itself and the directory: every line's own rules, duplicates,
/// overlapping validity of a code's versions, unknown or out-of-force parents, parent tiers,
/// unknown successors and parent cycles. The file's versions replace the directory's versions with
/// the same code and start date; the rest of the directory stays as it is.
/// </summary>
internal static class UnitImportValidator
{
    public static List<UnitCsvLine> Validate(
        IReadOnlyList<UnitCsvLine> lines, IReadOnlyList<AdministrativeUnit> existing, UnitImportProblems problems)
    {
        var fileVersions = new Dictionary<VersionKey, UnitCsvLine>();
        foreach (var line in lines)
        {
            foreach (var error in line.Errors)
            {
                problems.Add(line.Line, error.Column, error.Code);
            }

            if (line.Definition is { } definition && !fileVersions.TryAdd(VersionKey.Of(definition), line))
            {
                problems.Add(line.Line, "code", UnitViolations.DuplicateCode, definition.Code, fileVersions[VersionKey.Of(definition)].Line);
            }
        }

        var versions = MergedVersions(fileVersions, existing);
        var byCode = versions.ToLookup(v => v.Definition.Code, StringComparer.Ordinal);
        foreach (var line in fileVersions.Values)
        {
            var definition = line.Definition!;
            foreach (var violation in definition.Violations())
            {
                problems.Add(line.Line, ColumnOf(violation), violation);
            }

            CheckParent(line, byCode, problems);
            foreach (var successor in definition.SuccessorCodes.Where(s => s != definition.Code && !byCode.Contains(s)))
            {
                problems.Add(line.Line, "successor_codes", UnitViolations.SuccessorUnknown, successor);
            }
        }

        CheckOverlaps(byCode, problems);
        CheckCycles(versions, problems);
        return fileVersions.Values.OrderBy(l => l.Line).ToList();
    }

    /// <summary>A version of the merged directory: from the file (with its line) or already stored.</summary>
    private sealed record MergedVersion(UnitDefinition Definition, int? Line);

    private readonly record struct VersionKey(string Code, DateOnly? ValidFrom)
    {
        public static VersionKey Of(UnitDefinition d) => new(d.Code, d.ValidFrom);
    }

    private static List<MergedVersion> MergedVersions(Dictionary<VersionKey, UnitCsvLine> file, IReadOnlyList<AdministrativeUnit> existing)
    {
        var merged = file.Values.Select(l => new MergedVersion(l.Definition!, l.Line)).ToList();
        merged.AddRange(existing
            .Where(u => !file.ContainsKey(new VersionKey(u.Code, u.ValidFrom)))
            .Select(u => new MergedVersion(
                new UnitDefinition(u.Code, u.Name, u.Level, u.ParentCode, u.ValidFrom, u.ValidTo, u.SuccessorCodes, u.Remote), null)));
        return merged;
    }

    private static void CheckParent(UnitCsvLine line, ILookup<string, MergedVersion> byCode, UnitImportProblems problems)
    {
        var definition = line.Definition!;
        if (definition.ParentCode is not { } parentCode || parentCode == definition.Code)
        {
            return;
        }

        if (!byCode.Contains(parentCode))
        {
            problems.Add(line.Line, "parent_code", UnitViolations.ParentUnknown, parentCode);
            return;
        }

        var inForce = byCode[parentCode].FirstOrDefault(p => Overlap(p.Definition, definition));
        if (inForce is null)
        {
            problems.Add(line.Line, "parent_code", UnitViolations.ParentNotInForce, parentCode, Show(definition.ValidFrom));
        }
        else if (!definition.Level.CanBeChildOf(inForce.Definition.Level))
        {
            problems.Add(line.Line, "parent_code", UnitViolations.ParentLevel,
                DirectoryText.LevelName(definition.Level), DirectoryText.LevelName(inForce.Definition.Level));
        }
    }

    private static void CheckOverlaps(ILookup<string, MergedVersion> byCode, UnitImportProblems problems)
    {
        foreach (var code in byCode.Where(g => g.Skip(1).Any()))
        {
            var ordered = code.OrderBy(v => v.Definition.ValidFrom ?? DateOnly.MinValue).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var (previous, next) = (ordered[i - 1], ordered[i]);
                if (!Overlap(previous.Definition, next.Definition))
                {
                    continue;
                }

                // Named on the file's line; when both come from the file, on the later one.
                var (line, other) = next.Line is not null ? (next, previous) : (previous, next);
                if (line.Line is { } number)
                {
                    problems.Add(number, "valid_from", UnitViolations.Overlap, code.Key, Show(other.Definition.ValidFrom), Show(other.Definition.ValidTo));
                }
            }
        }
    }

    /// <summary>Parent links over every version must form a forest: a cycle would make a unit its own ancestor.</summary>
    private static void CheckCycles(List<MergedVersion> versions, UnitImportProblems problems)
    {
        var parents = versions.Where(v => v.Definition.ParentCode is not null && v.Definition.ParentCode != v.Definition.Code)
            .ToLookup(v => v.Definition.Code, v => v.Definition.ParentCode!, StringComparer.Ordinal);
        var linesOf = versions.Where(v => v.Line is not null).ToLookup(v => v.Definition.Code, v => v.Line!.Value, StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path; true: done
        var path = new List<string>();
        foreach (var start in parents.Select(g => g.Key))
        {
            Visit(start);
        }

        void Visit(string code)
        {
            if (state.TryGetValue(code, out var done))
            {
                if (!done)
                {
                    Report(path.Skip(path.IndexOf(code)).Append(code).ToList());
                }

                return;
            }

            state[code] = false;
            path.Add(code);
            foreach (var parent in parents[code].Distinct(StringComparer.Ordinal))
            {
                Visit(parent);
            }

            path.RemoveAt(path.Count - 1);
            state[code] = true;
        }

        void Report(List<string> cycle)
        {
            var shown = string.Join(" → ", cycle);
            foreach (var line in cycle.Skip(1).SelectMany(c => linesOf[c]).Distinct())
            {
                problems.Add(line, "parent_code", UnitViolations.Cycle, shown);
            }
        }
    }

    private static bool Overlap(UnitDefinition a, UnitDefinition b) =>
        (a.ValidFrom is null || b.ValidTo is null || a.ValidFrom <= b.ValidTo)
        && (b.ValidFrom is null || a.ValidTo is null || b.ValidFrom <= a.ValidTo);

    private static string Show(DateOnly? date) =>
        date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? DirectoryText.Messages["date.open"];

    private static string ColumnOf(string violation) => violation switch
    {
        UnitViolations.BadCode => "code",
        UnitViolations.BadName => "name",
        UnitViolations.ValidityReversed or UnitViolations.SuccessorWithoutEnd => "valid_to",
        UnitViolations.OwnSuccessor or UnitViolations.SuccessorCodeInvalid => "successor_codes",
        _ => "parent_code",
    };
}
