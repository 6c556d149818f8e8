using CaseManagement.Directory.Contracts;
using CaseManagement.Reporting.Domain.Indicators;

namespace CaseManagement.Reporting.Domain;

/// <summary>
/// The unit tree over time, from Reporting's copy of the units. A record under a unit that has since
/// ended counts toward its successor in force on the day asked (the 2025 reform merged communes and
/// provinces); then it counts in every unit above, as the hierarchy stood that day.
/// </summary>
public sealed class UnitHierarchy(IEnumerable<ReportingUnit> units) : IUnitChains
{
    private const int MaxDepth = 8;
    private readonly ILookup<string, ReportingUnit> byCode = units.ToLookup(u => u.Code, StringComparer.Ordinal);

    public IReadOnlyList<string> ChainAt(string unitCode, DateOnly day)
    {
        var chain = new List<string>(4);
        var code = SuccessorAt(unitCode, day);
        for (var depth = 0; code is not null && depth < MaxDepth && !chain.Contains(code); depth++)
        {
            chain.Add(code);
            code = VersionAt(code, day)?.ParentCode;
        }

        return chain;
    }

    /// <summary>The units directly below <paramref name="unitCode"/> on the day (for per-commune figures).</summary>
    public IReadOnlyList<ReportingUnit> ChildrenAt(string unitCode, DateOnly day) =>
        byCode.SelectMany(g => g).Where(u => u.ParentCode == unitCode && InForce(u, day)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();

    public ReportingUnit? VersionAt(string code, DateOnly day) =>
        byCode[code].FirstOrDefault(u => InForce(u, day)) ?? byCode[code].OrderByDescending(u => u.ValidFrom).FirstOrDefault();

    public UnitLevel? LevelOf(string code) => byCode[code].FirstOrDefault()?.Level;

    /// <summary>The unit itself while it is in force (or unknown); else the first of its successors, followed on.</summary>
    private string SuccessorAt(string code, DateOnly day)
    {
        for (var hops = 0; hops < MaxDepth; hops++)
        {
            var versions = byCode[code].ToList();
            if (versions.Count == 0 || versions.Exists(u => InForce(u, day)))
            {
                return code;
            }

            var ended = versions.Where(u => u.ValidTo < day).OrderByDescending(u => u.ValidTo).FirstOrDefault();
            var next = ended?.SuccessorCodes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (next is null)
            {
                return code;
            }

            code = next;
        }

        return code;
    }

    private static bool InForce(ReportingUnit unit, DateOnly day) =>
        (unit.ValidFrom is null || unit.ValidFrom <= day) && (unit.ValidTo is null || day <= unit.ValidTo);
}
