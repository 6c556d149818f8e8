using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Cases.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Persistence;

public abstract class CasesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "cases";

    public override string Schema => SchemaName;

    public DbSet<AdministrativeUnitCopy> Units => Set<AdministrativeUnitCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<AdministrativeUnitCopy>(unit =>
        {
            unit.ToTable("AdministrativeUnits");
            unit.HasKey(u => u.UnitId);
            unit.Property(u => u.UnitId).ValueGeneratedNever();
            unit.Property(u => u.Code).HasMaxLength(20);
            unit.HasIndex(u => u.Code);
            unit.Property(u => u.SuccessorCodes).HasMaxLength(400);
            unit.Property(u => u.Name).HasMaxLength(200).IsRequired();
            unit.Property(u => u.Level).HasConversion<string>().HasMaxLength(20);
            unit.Property(u => u.ParentCode).HasMaxLength(20);
            unit.HasIndex(u => u.ParentCode);
        });
    }
}
