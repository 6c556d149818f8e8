using System.Reflection;

namespace CaseManagement.ArchitectureTests;

/// <summary>Where the modules are, as assemblies and as project files.</summary>
internal static class ModuleMap
{
    public static readonly string[] Modules = ["Directory", "Cases", "SupportInterventions", "Reporting", "Identity"];

    /// <summary>The modules that publish contracts (a module other modules need nothing from has no Contracts project).</summary>
    public static string[] WithContracts => [.. Modules.Where(m => File.Exists(ContractsProjectFile(m)))];

    public static Assembly Implementation(string module) => Assembly.Load($"CaseManagement.{module}");

    public static Assembly Contracts(string module) => Assembly.Load($"CaseManagement.{module}.Contracts");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaseManagement.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("CaseManagement.sln not found above the test output.");
        }
    }

    public static string ProjectFile(string module) =>
        Path.Combine(RepositoryRoot, "src", "Modules", module, $"CaseManagement.{module}", $"CaseManagement.{module}.csproj");

    public static string ContractsProjectFile(string module) =>
        Path.Combine(RepositoryRoot, "src", "Modules", module, $"CaseManagement.{module}.Contracts", $"CaseManagement.{module}.Contracts.csproj");
}
