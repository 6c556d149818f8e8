using CaseManagement.Identity.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Identity.Persistence;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(40);
        builder.Property(n => n.CaseNumber).HasMaxLength(40);
        builder.Property(n => n.UnitCode).HasMaxLength(20);
        // One event tells a person once, however often it is delivered.
        builder.HasIndex(n => new { n.UserId, n.MessageId }).IsUnique();
        // The bell on every page counts a person's unread notices; the list shows the latest first.
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
        // The mailer finds what is left to send.
        builder.HasIndex(n => new { n.EmailedAt, n.CreatedAt });
    }
}

internal sealed class KnownCaseConfiguration : IEntityTypeConfiguration<KnownCase>
{
    public void Configure(EntityTypeBuilder<KnownCase> builder)
    {
        builder.ToTable("KnownCases");
        builder.HasKey(k => k.CaseId);
        builder.Property(k => k.CaseId).ValueGeneratedNever();
        builder.Property(k => k.Number).HasMaxLength(40);
        builder.Property(k => k.UnitCode).HasMaxLength(20);
    }
}

internal sealed class OverdueLimitConfiguration : IEntityTypeConfiguration<OverdueLimit>
{
    public void Configure(EntityTypeBuilder<OverdueLimit> builder)
    {
        builder.ToTable("OverdueLimits");
        builder.HasKey(l => l.DeadlineId);
        builder.Property(l => l.DeadlineId).ValueGeneratedNever();
        builder.Property(l => l.UnitCode).HasMaxLength(20);
        builder.HasIndex(l => new { l.UnitCode, l.DueAt });
    }
}
