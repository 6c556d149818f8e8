namespace CaseManagement.ArchitectureTests;

public class ModuleBoundaryTests
{
    public static TheoryData<string> Modules() => new(ModuleMap.Modules);

    public static TheoryData<string> ModulesWithContracts() => new(ModuleMap.WithContracts);

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_project_references_only_building_blocks_and_contracts(string module) =>
        Assert.Empty(ArchitectureRules.ForbiddenProjectReferences(File.ReadAllText(ModuleMap.ProjectFile(module)), module));

    [Theory]
    [MemberData(nameof(ModulesWithContracts))]
    public void Contracts_reference_no_project(string module) =>
        Assert.Empty(ArchitectureRules.ContractsProjectReferences(File.ReadAllText(ModuleMap.ContractsProjectFile(module))));

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_no_type_of_another_modules_implementation(string module)
    {
        var others = ModuleMap.Modules.Where(m => m != module).Select(ModuleMap.Implementation);
        Assert.Empty(ArchitectureRules.TypesUsingOtherModules(ModuleMap.Implementation(module), others));
    }

    [Theory]
    [MemberData(nameof(ModulesWithContracts))]
    public void A_contracts_project_holds_something(string module) =>
        Assert.NotEmpty(ModuleMap.Contracts(module).GetExportedTypes());

    [Theory]
    [MemberData(nameof(ModulesWithContracts))]
    public void Contracts_use_no_module_implementation(string module) =>
        Assert.Empty(ArchitectureRules.TypesUsingOtherModules(
            ModuleMap.Contracts(module), ModuleMap.Modules.Select(ModuleMap.Implementation)));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_code_uses_no_EF_Core_ASP_NET_Core_or_MassTransit(string module) =>
        Assert.Empty(ArchitectureRules.DomainTypesUsingFrameworks(ModuleMap.Implementation(module), $"CaseManagement.{module}.Domain"));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Routes_are_mapped_from_the_feature_folders(string module) =>
        Assert.Empty(ModuleMap.Implementation(module).GetTypes()
            .Where(t => t.Name.EndsWith("Endpoints", StringComparison.Ordinal) && t.Namespace?.StartsWith($"CaseManagement.{module}.Features", StringComparison.Ordinal) != true)
            .Select(t => t.FullName));

    [Fact]
    public void The_modules_that_have_domain_code_are_checked()
    {
        // Guards the rule above against passing on an empty namespace.
        var withDomain = ModuleMap.Modules.Where(m => ModuleMap.Implementation(m).GetTypes()
            .Any(t => t.Namespace == $"CaseManagement.{m}.Domain")).ToList();
        Assert.Equal(["Directory", "Cases", "SupportInterventions", "Reporting", "Identity"], withDomain);
    }
}
