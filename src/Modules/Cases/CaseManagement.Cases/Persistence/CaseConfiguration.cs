using CaseManagement.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Cases.Persistence;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    private const int Sealed = 8000;

    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.UnitCode).HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.UnitCode, c.Status });
        builder.HasIndex(c => c.ReceivedAt);
        builder.HasIndex(c => c.AssignedUserId);
        builder.ComplexProperty(c => c.Incident, incident =>
        {
            incident.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
            incident.Property(i => i.AbuseType).HasConversion<string>().HasMaxLength(30);
            incident.Property(i => i.AbuseSubType).HasConversion<string>().HasMaxLength(40);
            incident.Property(i => i.InjuryCause).HasConversion<string>().HasMaxLength(30);
            incident.Property(i => i.InjurySeverity).HasConversion<string>().HasMaxLength(30);
            incident.Property(i => i.SpecialCircumstanceCodes).HasMaxLength(600);
            incident.Property(i => i.PlaceUnitCode).HasMaxLength(20);
            incident.Property(i => i.Setting).HasMaxLength(40);
        });
        builder.ComplexProperty(c => c.InitialAssessment, assessment =>
        {
            assessment.Property(a => a.Harm).HasConversion<string>().HasMaxLength(10);
            assessment.Property(a => a.Risk).HasConversion<string>().HasMaxLength(10);
            assessment.Property(a => a.ReasonSealed).HasMaxLength(Sealed);
            assessment.Property(a => a.AssessedBy).HasMaxLength(100);
        });
        builder.ComplexProperty(c => c.SpecificAssessment, assessment =>
        {
            assessment.Property(a => a.AreasSealed).HasMaxLength(40000);
            assessment.Property(a => a.Needs).HasMaxLength(400);
            assessment.Property(a => a.AssessedBy).HasMaxLength(100);
        });
        builder.ComplexProperty(c => c.Conference, conference =>
        {
            conference.Property(a => a.MinutesSealed).HasMaxLength(40000);
            conference.Property(a => a.NeedsAgreed).HasMaxLength(400);
            conference.Property(a => a.RecordedBy).HasMaxLength(100);
        });
        builder.ComplexProperty(c => c.Closure, closure =>
        {
            closure.Property(a => a.ReasonCode).HasMaxLength(40);
            closure.Property(a => a.NoteSealed).HasMaxLength(Sealed);
            closure.Property(a => a.ProposedBy).HasMaxLength(100);
            closure.Property(a => a.ProposedFrom).HasConversion<string>().HasMaxLength(30);
            closure.Property(a => a.DecidedBy).HasMaxLength(100);
        });
        builder.Ignore(c => c.PendingTransfer);
        builder.Property(c => c.TransferToUnitCode).HasColumnName("PendingTransfer_ToUnitCode").HasMaxLength(20);
        builder.Property(c => c.TransferRequestedBy).HasColumnName("PendingTransfer_RequestedBy").HasMaxLength(100);
        builder.Property(c => c.TransferRequestedAt).HasColumnName("PendingTransfer_RequestedAt");
        // Every work list asks for the cases offered to the caller's communes: a few among a province's million.
        builder.HasIndex(c => c.TransferToUnitCode).HasFilter("\"PendingTransfer_ToUnitCode\" IS NOT NULL");
        builder.HasMany(c => c.Children).WithOne().HasForeignKey(c => c.CaseId);
        builder.Navigation(c => c.Children).HasField("children");
        builder.HasMany(c => c.Reports).WithOne().HasForeignKey(r => r.CaseId);
        builder.Navigation(c => c.Reports).HasField("reports");
        builder.HasMany(c => c.Timeline).WithOne().HasForeignKey(t => t.CaseId);
        builder.Navigation(c => c.Timeline).HasField("timeline");
        builder.Ignore(c => c.Transitions);
        builder.Ignore(c => c.AllowedActions);
    }
}

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.ToTable("Children");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Ethnicity).HasMaxLength(60);
        builder.Property(c => c.ResidenceUnitCode).HasMaxLength(20);
        builder.Property(c => c.IdentitySealed).HasMaxLength(20000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Keys).WithOne().HasForeignKey(k => k.ChildId);
        builder.Navigation(c => c.Keys).HasField("keys");
    }
}

internal sealed class ChildKeyConfiguration : IEntityTypeConfiguration<ChildKey>
{
    public void Configure(EntityTypeBuilder<ChildKey> builder)
    {
        builder.ToTable("ChildKeys");
        builder.HasKey(k => new { k.ChildId, k.Kind, k.Hash });
        builder.Property(k => k.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(k => k.ResidenceUnitCode).HasMaxLength(20);
        // Duplicate matching looks children up by hash and scores them on these columns: with all of
        // them in the index it reads nothing else, however many children share a common given name and year.
        builder.HasIndex(k => new { k.Hash, k.Kind, k.ChildId, k.Sex, k.BirthYear, k.ResidenceUnitCode }, "IX_ChildKeys_Matching");
    }
}

internal sealed class CaseChildConfiguration : IEntityTypeConfiguration<CaseChild>
{
    public void Configure(EntityTypeBuilder<CaseChild> builder)
    {
        builder.ToTable("CaseChildren");
        builder.HasKey(c => new { c.CaseId, c.ChildId });
        builder.HasIndex(c => c.ChildId);
    }
}

internal sealed class IntakeReportConfiguration : IEntityTypeConfiguration<IntakeReport>
{
    public void Configure(EntityTypeBuilder<IntakeReport> builder)
    {
        builder.ToTable("Reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.ReceivingBody).HasMaxLength(300);
        builder.Property(r => r.RecordedBy).HasMaxLength(100);
        builder.Property(r => r.ReporterSealed).HasMaxLength(8000);
        builder.Property(r => r.ReporterRelationship).HasMaxLength(100);
        builder.Property(r => r.NarrativeSealed).HasMaxLength(40000);
    }
}

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("Timeline");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.UserId).HasMaxLength(100);
        builder.Property(t => t.UserName).HasMaxLength(200);
        builder.Property(t => t.Action).HasMaxLength(40);
        builder.Property(t => t.StatusAfter).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Detail).HasMaxLength(200);
        builder.HasIndex(t => new { t.CaseId, t.At });
    }
}
