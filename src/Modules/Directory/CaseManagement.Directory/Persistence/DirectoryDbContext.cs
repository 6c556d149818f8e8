using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Directory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory.Persistence;

public abstract class DirectoryDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "directory";

    public override string Schema => SchemaName;

    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new AdministrativeUnitConfiguration());
    }
}
