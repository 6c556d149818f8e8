using System.Reflection;
using System.Xml.Linq;
using NetArchTest.Rules;

namespace CaseManagement.ArchitectureTests;

/// <summary>
/// The rules, each as a function returning its violations, so that every rule can be run against
/// the real code (no violations) and against a deliberately broken case (violations found).
/// </summary>
internal static class ArchitectureRules
{
    public static readonly string[] FrameworksForbiddenInDomain = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MassTransit"];

    /// <summary>Project references of a module: BuildingBlocks, its own Contracts and other modules'
    /// Contracts only. Returns the offending references.</summary>
    public static IReadOnlyList<string> ForbiddenProjectReferences(string projectXml, string module)
    {
        var references = XDocument.Parse(projectXml).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        return references
            .Where(name => name != "CaseManagement.BuildingBlocks" && !name.EndsWith(".Contracts", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>Contracts stay free of implementation: they reference no project at all.</summary>
    public static IReadOnlyList<string> ContractsProjectReferences(string projectXml) =>
        XDocument.Parse(projectXml).Descendants("ProjectReference").Select(r => r.Attribute("Include")!.Value).ToList();

    /// <summary>Types of <paramref name="assembly"/> (optionally only those in <paramref name="inNamespace"/>)
    /// that use a type from another module's implementation.</summary>
    public static IReadOnlyList<string> TypesUsingOtherModules(Assembly assembly, IEnumerable<Assembly> otherModules, string? inNamespace = null)
    {
        var forbidden = otherModules
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsNested && !t.Name.Contains('<', StringComparison.Ordinal) && t.FullName is not null)
            .Select(t => t.FullName!)
            .ToArray();
        var types = Types.InAssembly(assembly);
        var result = (inNamespace is null ? types.ShouldNot() : types.That().ResideInNamespace(inNamespace).ShouldNot())
            .HaveDependencyOnAny(forbidden).GetResult();
        return result.FailingTypeNames?.ToList() ?? [];
    }

    /// <summary>The modules' implementation assemblies that <paramref name="assembly"/> references (compiled in, whatever
    /// its project file says).</summary>
    public static IReadOnlyList<string> ModuleImplementationsReferencedBy(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => ModuleMap.Modules.Any(m => name == $"CaseManagement.{m}"))
            .ToList();

    /// <summary>Domain types that depend on EF Core, ASP.NET Core or MassTransit.</summary>
    public static IReadOnlyList<string> DomainTypesUsingFrameworks(Assembly assembly, string domainNamespace)
    {
        var result = Types.InAssembly(assembly)
            .That().ResideInNamespace(domainNamespace)
            .ShouldNot().HaveDependencyOnAny(FrameworksForbiddenInDomain)
            .GetResult();
        return result.FailingTypeNames?.ToList() ?? [];
    }
}
