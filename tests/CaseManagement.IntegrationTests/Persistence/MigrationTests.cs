using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseManagement.IntegrationTests.Persistence;

/// <summary>Every module's migrations, for every provider, match its model. SQL Server cannot run
/// here, so its migrations are checked by model comparison and by generating their script.</summary>
public class MigrationTests
{
    private static readonly string[] ModuleAssemblies =
    [
        "CaseManagement.Directory", "CaseManagement.Cases", "CaseManagement.SupportInterventions",
        "CaseManagement.Reporting", "CaseManagement.Identity",
    ];

    public static TheoryData<string> ProviderContexts()
    {
        var data = new TheoryData<string>();
        foreach (var type in ProviderContextTypes())
        {
            data.Add(type.AssemblyQualifiedName!);
        }

        return data;
    }

    [Fact]
    public void Every_module_has_a_context_per_provider() =>
        Assert.Equal(ModuleAssemblies.Length * 3, ProviderContextTypes().Count);

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void Migrations_do_not_lag_the_model(string contextType)
    {
        using var db = Create(Type.GetType(contextType)!);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{db.GetType().Name} has model changes without a migration: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void SQL_Server_migrations_script_every_module_into_its_own_schema()
    {
        foreach (var type in ProviderContextTypes().Where(t => t.Name.StartsWith("SqlServer", StringComparison.Ordinal)))
        {
            using var db = Create(type);
            var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
            var schema = ((IModuleDbContext)db).Schema;
            Assert.Contains($"CREATE TABLE [{schema}].[OutboxMessages]", script, StringComparison.Ordinal);
            Assert.Contains($"[{schema}].[__EFMigrationsHistory]", script, StringComparison.Ordinal);
        }
    }

    private static List<Type> ProviderContextTypes() => ModuleAssemblies
        .SelectMany(name => System.Reflection.Assembly.Load(name).GetTypes())
        .Where(t => t is { IsAbstract: false, IsPublic: true } && typeof(IModuleDbContext).IsAssignableFrom(t) && t.IsSubclassOf(typeof(DbContext)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    private static DbContext Create(Type type)
    {
        var factory = typeof(DesignTimeContextFactory<>).MakeGenericType(type);
        var design = type.Assembly.GetTypes().Single(t => factory.IsAssignableFrom(t));
        var instance = Activator.CreateInstance(design, nonPublic: true)!;
        return (DbContext)design.GetMethod("CreateDbContext")!.Invoke(instance, [Array.Empty<string>()])!;
    }
}
