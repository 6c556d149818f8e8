using CaseManagement.BuildingBlocks.Web;

namespace CaseManagement.Directory.Features.ImportUnits;

/// <summary>A bad line of an import file, and why (a stable code and its localised message).</summary>
public sealed record UnitImportProblem(int Line, string Column, string Code, string Message);

/// <summary>Collects the problems of one import file, in line order. Only the first <see cref="Shown"/> are
/// told, with the count of all: a wrong file of 100,000 lines needs fixing, not a 100,000-line answer.</summary>
internal sealed class UnitImportProblems
{
    public const int Shown = 200;

    private readonly List<UnitImportProblem> problems = [];

    public bool Any => problems.Count > 0;

    public int Count => problems.Count;

    public void Add(int line, string column, string code, params object?[] args) =>
        problems.Add(new UnitImportProblem(line, column, code, DirectoryText.Messages.Get(code, args)));

    /// <summary>The first <see cref="Shown"/> problems in line order.</summary>
    public IReadOnlyList<UnitImportProblem> InLineOrder() =>
        problems.OrderBy(p => p.Line).ThenBy(p => p.Column, StringComparer.Ordinal).Take(Shown).ToList();

    /// <summary>The problems as field errors (<c>lines[12].parent_code</c>) of a 400 answer.</summary>
    public RequestValidationException ToException()
    {
        var errors = InLineOrder()
            .GroupBy(p => p.Column == UnitCsvReader.FileColumn ? "file" : $"lines[{p.Line}].{p.Column}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        if (Count > Shown)
        {
            errors["problems"] = [DirectoryText.Messages.Get("import.more_problems", Count, Shown)];
        }

        return new(errors);
    }
}
