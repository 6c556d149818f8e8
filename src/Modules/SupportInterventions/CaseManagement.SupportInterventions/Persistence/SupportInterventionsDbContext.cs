using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.SupportInterventions.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Persistence;

/// <summary>Emergency interventions and support plans, with the module's copies of cases, units and
/// the working-day calendar its deadlines count on.</summary>
public abstract class SupportInterventionsDbContext(DbContextOptions options) : ModuleDbContext(options), IUnitTreeSource, IDeadlineStore
{
    public const string SchemaName = "support";

    public override string Schema => SchemaName;

    public DbSet<SupportCase> Cases => Set<SupportCase>();

    public DbSet<EmergencyIntervention> Emergencies => Set<EmergencyIntervention>();

    public DbSet<SupportPlan> Plans => Set<SupportPlan>();

    public DbSet<ServiceReferral> Referrals => Set<ServiceReferral>();

    public DbSet<PlanReview> Reviews => Set<PlanReview>();

    public DbSet<TemporarySeparation> Separations => Set<TemporarySeparation>();

    public DbSet<MonitoringVisit> Visits => Set<MonitoringVisit>();

    public DbSet<OrganisationCopy> Organisations => Set<OrganisationCopy>();

    public DbSet<UnitCopy> Units => Set<UnitCopy>();

    public DbSet<TrackedDeadline> Deadlines => Set<TrackedDeadline>();

    public DbSet<CalendarYearCopy> CalendarYears => Set<CalendarYearCopy>();

    public IQueryable<UnitLink> UnitLinks => Units.Select(u => new UnitLink(u.Code, u.ParentCode, u.SuccessorCodes));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        DeadlineModel.Configure(modelBuilder);
        modelBuilder.ApplyConfiguration(new SupportCaseConfiguration());
        modelBuilder.ApplyConfiguration(new EmergencyInterventionConfiguration());
        modelBuilder.ApplyConfiguration(new SupportPlanConfiguration());
        modelBuilder.ApplyConfiguration(new PlanVersionConfiguration());
        modelBuilder.ApplyConfiguration(new PlanItemConfiguration());
        modelBuilder.ApplyConfiguration(new PlanDecisionConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceReferralConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationCopyConfiguration());
        modelBuilder.ApplyConfiguration(new PlanReviewConfiguration());
        modelBuilder.ApplyConfiguration(new TemporarySeparationConfiguration());
        modelBuilder.ApplyConfiguration(new MonitoringVisitConfiguration());
        modelBuilder.Entity<UnitCopy>(unit =>
        {
            unit.ToTable("Units");
            unit.HasKey(u => u.UnitId);
            unit.Property(u => u.UnitId).ValueGeneratedNever();
            unit.Property(u => u.Code).HasMaxLength(20);
            unit.Property(u => u.ParentCode).HasMaxLength(20);
            unit.Property(u => u.SuccessorCodes).HasMaxLength(400);
            unit.Property(u => u.Level).HasConversion<string>().HasMaxLength(20);
            unit.HasIndex(u => u.Code);
        });
    }
}
