using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Persistence;

public abstract class CasesDbContext(DbContextOptions options) : ModuleDbContext(options), IUnitTreeSource, IDeadlineStore
{
    public const string SchemaName = "cases";

    public override string Schema => SchemaName;

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<Child> Children => Set<Child>();

    public DbSet<ChildKey> ChildKeys => Set<ChildKey>();

    public DbSet<CaseSearchKey> CaseSearchKeys => Set<CaseSearchKey>();

    public DbSet<CaseChild> CaseChildren => Set<CaseChild>();

    public DbSet<IntakeReport> Reports => Set<IntakeReport>();

    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    public DbSet<PoliceReferral> Referrals => Set<PoliceReferral>();

    public DbSet<CaseAttachment> Attachments => Set<CaseAttachment>();

    public DbSet<CaseNumberCounter> CaseNumbers => Set<CaseNumberCounter>();

    internal DbSet<Features.Intake.IntakeKey> IntakeKeys => Set<Features.Intake.IntakeKey>();

    public DbSet<AdministrativeUnitCopy> Units => Set<AdministrativeUnitCopy>();

    public DbSet<OrganisationCopy> Organisations => Set<OrganisationCopy>();

    public DbSet<AccountCopy> Accounts => Set<AccountCopy>();

    public DbSet<TrackedDeadline> Deadlines => Set<TrackedDeadline>();

    public DbSet<CalendarYearCopy> CalendarYears => Set<CalendarYearCopy>();

    public IQueryable<UnitLink> UnitLinks => Units.Select(u => new UnitLink(u.Code, u.ParentCode, u.SuccessorCodes));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        DeadlineModel.Configure(modelBuilder);
        modelBuilder.ApplyConfiguration(new CaseConfiguration());
        modelBuilder.ApplyConfiguration(new ChildConfiguration());
        modelBuilder.ApplyConfiguration(new ChildKeyConfiguration());
        modelBuilder.ApplyConfiguration(new CaseChildConfiguration());
        modelBuilder.Entity<CaseSearchKey>(key =>
        {
            key.ToTable("CaseSearchKeys");
            key.HasKey(k => new { k.CaseId, k.Hash });
            key.Property(k => k.UnitCode).HasMaxLength(20);
            // A name word within an area: the hash, then the communes of the caller's jurisdiction.
            key.HasIndex(k => new { k.Hash, k.UnitCode, k.CaseId });
        });
        modelBuilder.ApplyConfiguration(new IntakeReportConfiguration());
        modelBuilder.ApplyConfiguration(new TimelineEntryConfiguration());
        modelBuilder.ApplyConfiguration(new PoliceReferralConfiguration());
        modelBuilder.Entity<CaseAttachment>(attachment =>
        {
            attachment.ToTable("Attachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.Id).ValueGeneratedNever();
            attachment.Property(a => a.FileNameSealed).HasMaxLength(1000);
            attachment.Property(a => a.DescriptionSealed).HasMaxLength(4000);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.Property(a => a.UploadedBy).HasMaxLength(100);
            attachment.HasIndex(a => a.CaseId);
        });
        modelBuilder.Entity<CaseNumberCounter>(counter =>
        {
            counter.ToTable("CaseNumbers");
            counter.HasKey(c => new { c.UnitCode, c.Year });
            counter.Property(c => c.UnitCode).HasMaxLength(20);
        });
        modelBuilder.Entity<Features.Intake.IntakeKey>(key =>
        {
            key.ToTable("IntakeKeys");
            key.HasKey(k => new { k.UserId, k.Key });
            key.Property(k => k.UserId).HasMaxLength(100);
            key.Property(k => k.Key).HasMaxLength(Features.Intake.IntakeKey.MaxLength);
        });
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
        modelBuilder.Entity<AccountCopy>(account =>
        {
            account.ToTable("Accounts");
            account.HasKey(a => a.UserId);
            account.Property(a => a.UserId).ValueGeneratedNever();
            account.Property(a => a.UnitCode).HasMaxLength(20);
            account.Property(a => a.Roles).HasMaxLength(400);
        });
        modelBuilder.Entity<OrganisationCopy>(organisation =>
        {
            organisation.ToTable("Organisations");
            organisation.HasKey(o => o.Id);
            organisation.Property(o => o.Id).ValueGeneratedNever();
            organisation.Property(o => o.Name).HasMaxLength(300);
            organisation.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
            organisation.Property(o => o.UnitCode).HasMaxLength(20);
            organisation.Property(o => o.ServedUnitCodes).HasMaxLength(4000);
        });
    }
}

/// <summary>The last case number given in a commune in a year.</summary>
public sealed class CaseNumberCounter
{
    public string UnitCode { get; set; } = "";

    public int Year { get; set; }

    public int Last { get; set; }
}
