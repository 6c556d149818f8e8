using Microsoft.EntityFrameworkCore;

namespace CaseManagement.ArchitectureTests.BrokenModule.Domain;

/// <summary>Deliberately broken: domain code reaching for EF Core. The domain rule must flag it.</summary>
public sealed class ChildWithDbContext
{
    public DbContext? Persistence { get; set; }
}

/// <summary>Plain domain code beside it, which the rule must not flag.</summary>
public sealed class PlainChild
{
    public string Name { get; set; } = "";
}
