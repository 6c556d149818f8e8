using CaseManagement.SupportInterventions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.SupportInterventions.Persistence;

internal sealed class SupportCaseConfiguration : IEntityTypeConfiguration<SupportCase>
{
    public void Configure(EntityTypeBuilder<SupportCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.CaseId);
        builder.Property(c => c.CaseId).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.Property(c => c.UnitCode).HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(c => c.UnitCode);
    }
}

internal sealed class EmergencyInterventionConfiguration : IEntityTypeConfiguration<EmergencyIntervention>
{
    public void Configure(EntityTypeBuilder<EmergencyIntervention> builder)
    {
        builder.ToTable("EmergencyInterventions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.UnitCode).HasMaxLength(20);
        builder.Property(e => e.DecisionNumber).HasMaxLength(60);
        builder.Property(e => e.DecidedBy).HasMaxLength(100);
        builder.Property(e => e.DecidedByName).HasMaxLength(200);
        // One emergency decision per case.
        builder.HasIndex(e => e.CaseId).IsUnique();
        builder.OwnsMany(e => e.Measures, measure =>
        {
            measure.ToTable("EmergencyMeasures");
            measure.WithOwner().HasForeignKey("InterventionId");
            measure.Property<int>("Id");
            measure.HasKey("Id");
            measure.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
            measure.Property(m => m.NoteSealed).HasColumnName("Note");
        });
        builder.Navigation(e => e.Measures).HasField("measures");
    }
}

internal sealed class SupportPlanConfiguration : IEntityTypeConfiguration<SupportPlan>
{
    public void Configure(EntityTypeBuilder<SupportPlan> builder)
    {
        builder.ToTable("Plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.UnitCode).HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Current);
        // One plan per cycle of a case.
        builder.HasIndex(p => new { p.CaseId, p.Cycle }).IsUnique();
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Versions).HasField("versions");
        builder.HasMany(p => p.Decisions).WithOne().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Decisions).HasField("decisions");
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.ToTable("PlanVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ObjectivesSealed).HasColumnName("Objectives").IsRequired();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.DraftedBy).HasMaxLength(200);
        builder.Ignore(v => v.EstimatedCostVnd);
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.HasMany(v => v.Items).WithOne().HasForeignKey(i => i.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Items).HasField("items");
    }
}

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> builder)
    {
        builder.ToTable("PlanItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ServiceType).HasMaxLength(40);
        builder.Property(i => i.DescriptionSealed).HasColumnName("Description").IsRequired();
        builder.Property(i => i.ResponsiblePerson).HasMaxLength(200);
    }
}

internal sealed class PlanDecisionConfiguration : IEntityTypeConfiguration<PlanDecision>
{
    public void Configure(EntityTypeBuilder<PlanDecision> builder)
    {
        builder.ToTable("PlanDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.DecisionNumber).HasMaxLength(60);
        builder.Property(d => d.Comments).HasMaxLength(4000);
        builder.Property(d => d.DecidedBy).HasMaxLength(100);
        builder.Property(d => d.DecidedByName).HasMaxLength(200);
    }
}

internal sealed class ServiceReferralConfiguration : IEntityTypeConfiguration<ServiceReferral>
{
    public void Configure(EntityTypeBuilder<ServiceReferral> builder)
    {
        builder.ToTable("ServiceReferrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.UnitCode).HasMaxLength(20);
        builder.Property(r => r.ServiceType).HasMaxLength(40);
        builder.Property(r => r.DescriptionSealed).HasColumnName("Description").IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RespondedBy).HasMaxLength(200);
        builder.Property(r => r.DeclineReason).HasMaxLength(1000);
        builder.Property(r => r.OutcomeSealed).HasColumnName("Outcome");
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
        builder.HasIndex(r => r.PlanId);
        builder.HasIndex(r => new { r.ProviderOrganisationId, r.Status });
        builder.HasIndex(r => new { r.UnitCode, r.Status, r.ExpectedEndOn });
        builder.OwnsMany(r => r.Deliveries, delivery =>
        {
            delivery.ToTable("ServiceDeliveries");
            delivery.WithOwner().HasForeignKey("ReferralId");
            delivery.Property<int>("Id");
            delivery.HasKey("Id");
            delivery.Property(d => d.NoteSealed).HasColumnName("Note").IsRequired();
            delivery.Property(d => d.RecordedBy).HasMaxLength(200);
        });
        builder.Navigation(r => r.Deliveries).HasField("deliveries");
    }
}

internal sealed class OrganisationCopyConfiguration : IEntityTypeConfiguration<OrganisationCopy>
{
    public void Configure(EntityTypeBuilder<OrganisationCopy> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.UnitCode).HasMaxLength(20);
        builder.Property(o => o.ServiceTypes).HasMaxLength(600);
    }
}

internal sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public void Configure(EntityTypeBuilder<PlanReview> builder)
    {
        builder.ToTable("Reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.UnitCode).HasMaxLength(20);
        builder.Property(r => r.HarmStillSerious).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.AbuserCanReachChild).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.CareObstacles).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.ChildCapacity).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Recommendation).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.FindingsSealed).HasColumnName("Findings").IsRequired();
        builder.Property(r => r.ParticipantsSealed).HasColumnName("Participants");
        builder.Property(r => r.ReviewedBy).HasMaxLength(200);
        // One review closes one plan.
        builder.HasIndex(r => r.PlanId).IsUnique();
        builder.HasIndex(r => r.CaseId);
    }
}

internal sealed class TemporarySeparationConfiguration : IEntityTypeConfiguration<TemporarySeparation>
{
    public void Configure(EntityTypeBuilder<TemporarySeparation> builder)
    {
        builder.ToTable("Separations");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UnitCode).HasMaxLength(20);
        builder.Property(s => s.DecisionNumber).HasMaxLength(60);
        builder.Property(s => s.DecidedBy).HasMaxLength(200);
        builder.Property(s => s.Placement).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.SealedCarer).HasMaxLength(4000);
        builder.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.EndNoteSealed).HasColumnName("EndNote");
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsActive);
        builder.HasIndex(s => s.CaseId);
        builder.OwnsMany(s => s.Extensions, extension =>
        {
            extension.ToTable("SeparationExtensions");
            extension.WithOwner().HasForeignKey("SeparationId");
            extension.Property<int>("Id");
            extension.HasKey("Id");
            extension.Property(e => e.Authority).HasMaxLength(300);
            extension.Property(e => e.DecisionNumber).HasMaxLength(60);
            extension.Property(e => e.RecordedBy).HasMaxLength(200);
        });
        builder.Navigation(s => s.Extensions).HasField("extensions");
    }
}

internal sealed class MonitoringVisitConfiguration : IEntityTypeConfiguration<MonitoringVisit>
{
    public void Configure(EntityTypeBuilder<MonitoringVisit> builder)
    {
        builder.ToTable("MonitoringVisits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.UnitCode).HasMaxLength(20);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.Situation).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.ObservationsSealed).HasColumnName("Observations").IsRequired();
        builder.Property(v => v.VisitedBy).HasMaxLength(200);
        builder.HasIndex(v => new { v.CaseId, v.VisitedOn });
    }
}
