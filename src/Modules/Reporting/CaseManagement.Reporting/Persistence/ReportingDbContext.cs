using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Persistence;

public abstract class ReportingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "reporting";

    public override string Schema => SchemaName;

    public DbSet<RecordedEvent> EventLog => Set<RecordedEvent>();

    public DbSet<ReportingUnit> Units => Set<ReportingUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<RecordedEvent>(log =>
        {
            log.ToTable("EventLog");
            log.HasKey(e => e.Id);
            log.HasIndex(e => e.MessageId);
            log.Property(e => e.EventType).HasMaxLength(400).IsRequired();
            log.Property(e => e.Payload).IsRequired();
        });
        modelBuilder.Entity<ReportingUnit>(unit =>
        {
            unit.ToTable("Units");
            unit.HasKey(u => u.UnitId);
            unit.Property(u => u.UnitId).ValueGeneratedNever();
            unit.Property(u => u.Code).HasMaxLength(20);
            unit.HasIndex(u => u.Code);
            unit.Property(u => u.SuccessorCodes).HasMaxLength(400);
            unit.Property(u => u.Name).HasMaxLength(200).IsRequired();
            unit.Property(u => u.Level).HasConversion<string>().HasMaxLength(20);
            unit.Property(u => u.ParentCode).HasMaxLength(20);
        });
    }
}
