using System.Reflection;

namespace CaseManagement.ArchitectureTests;

/// <summary>Each rule must be seen to fail: here it runs against deliberately broken code and
/// project files (BrokenModule/, BrokenProjects/) and must report exactly the planted violations.</summary>
public class BrokenCasesTests
{
    private static readonly Assembly TestAssembly = typeof(BrokenCasesTests).Assembly;

    [Fact]
    public void The_project_reference_rule_catches_a_reference_to_another_modules_implementation()
    {
        var xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "BrokenProjects", "ReferencesCasesImplementation.xml"));
        Assert.Equal(["CaseManagement.Cases"], ArchitectureRules.ForbiddenProjectReferences(xml, "Reporting"));
    }

    [Fact]
    public void The_contracts_rule_catches_a_contracts_project_with_a_reference()
    {
        var xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "BrokenProjects", "ReferencesCasesImplementation.xml"));
        Assert.Equal(2, ArchitectureRules.ContractsProjectReferences(xml).Count);
    }

    [Fact]
    public void The_type_rule_catches_code_that_uses_another_modules_DbContext()
    {
        var violations = ArchitectureRules.TypesUsingOtherModules(
            TestAssembly, [ModuleMap.Implementation("Cases")], "CaseManagement.ArchitectureTests.BrokenModule");
        Assert.Equal(["CaseManagement.ArchitectureTests.BrokenModule.Features.ReadsCasesTables"], violations);
    }

    [Fact]
    public void The_domain_rule_catches_domain_code_that_uses_EF_Core()
    {
        var violations = ArchitectureRules.DomainTypesUsingFrameworks(TestAssembly, "CaseManagement.ArchitectureTests.BrokenModule.Domain");
        Assert.Equal(["CaseManagement.ArchitectureTests.BrokenModule.Domain.ChildWithDbContext"], violations);
    }
}
