using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Persistence;

public abstract class ReportingDbContext(DbContextOptions options) : ModuleDbContext(options), IUnitTreeSource
{
    public const string SchemaName = "reporting";

    public override string Schema => SchemaName;

    public DbSet<RecordedEvent> EventLog => Set<RecordedEvent>();

    public DbSet<ReportingUnit> Units => Set<ReportingUnit>();

    public IQueryable<UnitLink> UnitLinks => Units.Select(u => new UnitLink(u.Code, u.ParentCode, u.SuccessorCodes));

    public DbSet<CaseRecord> CaseRecords => Set<CaseRecord>();

    public DbSet<ChildCase> ChildCases => Set<ChildCase>();

    public DbSet<IndicatorCell> Cells => Set<IndicatorCell>();

    public DbSet<ProjectionCheckpoint> Checkpoints => Set<ProjectionCheckpoint>();

    public DbSet<ClosedPeriod> ClosedPeriods => Set<ClosedPeriod>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<RecordedEvent>(log =>
        {
            log.ToTable("EventLog");
            log.HasKey(e => e.Id);
            log.HasIndex(e => e.MessageId).IsUnique(); // A repeated delivery cannot be logged twice.
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
        ConfigureProjections(modelBuilder);
    }

    private static void ConfigureProjections(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CaseRecord>(record =>
        {
            record.ToTable("CaseRecords");
            record.HasKey(r => r.CaseId);
            record.Property(r => r.CaseId).ValueGeneratedNever();
            record.Property(r => r.UnitCode).HasMaxLength(20);
            record.HasIndex(r => r.UnitCode);
            record.Property(r => r.State).IsRequired();
        });
        modelBuilder.Entity<ChildCase>(link =>
        {
            link.ToTable("ChildCases");
            link.HasKey(l => new { l.ChildId, l.CaseId });
        });
        modelBuilder.Entity<IndicatorCell>(cell =>
        {
            cell.ToTable("IndicatorCells");
            cell.HasKey(c => c.Key);
            cell.Property(c => c.Key).HasMaxLength(400);
            cell.Property(c => c.Indicator).HasMaxLength(20).IsRequired();
            cell.Property(c => c.Period).HasMaxLength(30).IsRequired();
            cell.Property(c => c.Unit).HasMaxLength(20).IsRequired();
            cell.Property(c => c.Cell).HasMaxLength(300).IsRequired();
            // A report reads one unit's cells for one period.
            cell.HasIndex(c => new { c.Period, c.Unit, c.Indicator });
        });
        modelBuilder.Entity<ClosedPeriod>(closed =>
        {
            closed.ToTable("ClosedPeriods");
            closed.HasKey(c => c.Id);
            closed.Property(c => c.Id).ValueGeneratedNever();
            closed.Property(c => c.PeriodKey).HasMaxLength(30);
            closed.Property(c => c.UnitCode).HasMaxLength(20);
            closed.HasIndex(c => new { c.PeriodKey, c.UnitCode }).IsUnique(); // Signed once.
            closed.Property(c => c.ClosedBy).HasMaxLength(100);
            closed.Property(c => c.SignerName).HasMaxLength(200);
            closed.Property(c => c.SignerTitle).HasMaxLength(200);
            closed.Property(c => c.Figures).IsRequired();
            closed.Property(c => c.IndicatorVersions).IsRequired();
            closed.Property(c => c.Checks).IsRequired();
        });
        modelBuilder.Entity<ProjectionCheckpoint>(checkpoint =>
        {
            checkpoint.ToTable("ProjectionCheckpoints");
            checkpoint.HasKey(c => c.Id);
            checkpoint.Property(c => c.Id).ValueGeneratedNever();
            checkpoint.Property(c => c.Settings).HasMaxLength(2000);
            checkpoint.Property(c => c.CurrentPeriod).HasMaxLength(30);
        });
    }
}
