using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Rounds;
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

    public DbSet<CaseFormerUnit> CaseFormerUnits => Set<CaseFormerUnit>();

    public DbSet<IndicatorCell> Cells => Set<IndicatorCell>();

    public DbSet<ProjectionCheckpoint> Checkpoints => Set<ProjectionCheckpoint>();

    public DbSet<ParkedEvent> ParkedEvents => Set<ParkedEvent>();

    public DbSet<ClosedPeriod> ClosedPeriods => Set<ClosedPeriod>();

    public DbSet<ReportingRound> Rounds => Set<ReportingRound>();

    public DbSet<RoundAnswer> RoundAnswers => Set<RoundAnswer>();

    public DbSet<RoundAttachment> RoundAttachments => Set<RoundAttachment>();

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
        ConfigureRounds(modelBuilder);
    }

    private static void ConfigureRounds(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReportingRound>(round =>
        {
            round.ToTable("Rounds");
            round.HasKey(r => r.Id);
            round.Property(r => r.Id).ValueGeneratedNever();
            round.Property(r => r.Reference).HasMaxLength(100);
            round.Property(r => r.Title).HasMaxLength(500).IsRequired();
            round.Property(r => r.SenderUnitCode).HasMaxLength(20).IsRequired();
            round.HasIndex(r => r.SenderUnitCode);
            round.Property(r => r.SentBy).HasMaxLength(100).IsRequired();
            round.Property(r => r.PeriodKey).HasMaxLength(30);
            round.Property(r => r.Indicators).AsJson();
            round.Property(r => r.Points).AsJson();
            round.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            round.Property(r => r.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<RoundAnswer>(answer =>
        {
            answer.ToTable("RoundAnswers");
            answer.HasKey(a => new { a.RoundId, a.UnitCode });
            answer.HasIndex(a => a.UnitCode); // A unit's inbox.
            answer.Property(a => a.UnitCode).HasMaxLength(20);
            answer.Property(a => a.UnitName).HasMaxLength(200).IsRequired();
            answer.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            answer.Property(a => a.Narratives).AsJson();
            answer.Property(a => a.ReturnComment).HasMaxLength(4000);
            answer.Property(a => a.SubmittedBy).HasMaxLength(100);
            answer.Property(a => a.UpdatedBy).HasMaxLength(100);
            answer.Property(a => a.Version).IsConcurrencyToken();
            answer.HasOne<ReportingRound>().WithMany().HasForeignKey(a => a.RoundId);
        });
        modelBuilder.Entity<RoundAttachment>(attachment =>
        {
            attachment.ToTable("RoundAttachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.Id).ValueGeneratedNever();
            attachment.Property(a => a.UnitCode).HasMaxLength(20);
            attachment.HasIndex(a => new { a.RoundId, a.UnitCode });
            attachment.Property(a => a.FileNameSealed).HasMaxLength(2000).IsRequired();
            attachment.Property(a => a.ContentType).HasMaxLength(200).IsRequired();
            attachment.Property(a => a.UploadedBy).HasMaxLength(100).IsRequired();
            attachment.HasOne<RoundAnswer>().WithMany().HasForeignKey(a => new { a.RoundId, a.UnitCode });
        });
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
            record.HasIndex(r => r.ChangedOn);
            record.Property(r => r.State).IsRequired();
        });
        modelBuilder.Entity<ChildCase>(link =>
        {
            link.ToTable("ChildCases");
            link.HasKey(l => new { l.ChildId, l.CaseId });
        });
        modelBuilder.Entity<CaseFormerUnit>(link =>
        {
            link.ToTable("CaseFormerUnits");
            link.HasKey(l => new { l.UnitCode, l.CaseId });
            link.Property(l => l.UnitCode).HasMaxLength(20);
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
        modelBuilder.Entity<ParkedEvent>(parked =>
        {
            parked.ToTable("ParkedEvents");
            parked.HasKey(p => p.LogId);
            parked.Property(p => p.LogId).ValueGeneratedNever();
            parked.Property(p => p.EventType).HasMaxLength(400);
            parked.Property(p => p.Error).HasMaxLength(ParkedEvent.MaxErrorLength);
        });
    }
}
