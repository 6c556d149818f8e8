using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Contracts;

namespace CaseManagement.ArchitectureTests.BrokenModule.Features;

/// <summary>Deliberately broken: a "module" reading the Cases module's tables. The type rule must flag it.</summary>
public sealed class ReadsCasesTables(CasesDbContext cases)
{
    public int CountUnits() => cases.Units.Count();
}

/// <summary>Using another module's Contracts is allowed: the rule must not flag it.</summary>
public sealed class UsesContracts
{
    public UnitLevel Level { get; set; } = UnitLevel.Commune;
}
