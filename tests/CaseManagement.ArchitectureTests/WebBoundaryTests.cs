using CaseManagement.Web;

namespace CaseManagement.ArchitectureTests;

/// <summary>The web application is a client of the API like any other (ADR 18): it reaches the modules only through
/// their HTTP endpoints, so it may know their contracts but nothing of their implementation.</summary>
public class WebBoundaryTests
{
    private static string WebProjectFile => Path.Combine(ModuleMap.RepositoryRoot, "src", "Web", "CaseManagement.Web", "CaseManagement.Web.csproj");

    [Fact]
    public void The_web_project_references_only_building_blocks_and_contracts() =>
        Assert.Empty(ArchitectureRules.ForbiddenProjectReferences(File.ReadAllText(WebProjectFile), "Web"));

    [Fact]
    public void The_web_assembly_references_no_module_implementation() =>
        Assert.Empty(ArchitectureRules.ModuleImplementationsReferencedBy(typeof(WebModule).Assembly));

    [Fact]
    public void The_web_assembly_uses_no_type_of_a_module_implementation() =>
        Assert.Empty(ArchitectureRules.TypesUsingOtherModules(typeof(WebModule).Assembly, ModuleMap.Modules.Select(ModuleMap.Implementation)));

    /// <summary>The demo data goes through the API as the web layer does.</summary>
    [Fact]
    public void The_demo_project_references_only_building_blocks_and_its_assembly_no_module() =>
        Assert.Empty((string[])[
            .. ArchitectureRules.ForbiddenProjectReferences(
                File.ReadAllText(Path.Combine(ModuleMap.RepositoryRoot, "src", "Demo", "CaseManagement.Demo", "CaseManagement.Demo.csproj")), "Demo"),
            .. ArchitectureRules.ModuleImplementationsReferencedBy(typeof(CaseManagement.Demo.DemoModule).Assembly)]);

    [Fact]
    public void The_assembly_rule_catches_an_assembly_that_references_modules() =>
        // The Host composes every module: the rule must name all five.
        Assert.Equal(ModuleMap.Modules.Select(m => $"CaseManagement.{m}").Order(), ArchitectureRules.ModuleImplementationsReferencedBy(typeof(Program).Assembly).Order());
}
