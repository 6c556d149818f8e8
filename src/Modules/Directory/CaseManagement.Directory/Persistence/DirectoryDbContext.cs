using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Directory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory.Persistence;

public abstract class DirectoryDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "directory";

    public override string Schema => SchemaName;

    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new AdministrativeUnitConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarYearConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationConfiguration());
        modelBuilder.ApplyConfiguration(new StaffMemberConfiguration());
    }
}
