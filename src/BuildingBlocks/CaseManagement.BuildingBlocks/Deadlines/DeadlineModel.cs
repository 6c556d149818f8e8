using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Deadlines;

public static class DeadlineModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TrackedDeadline>(deadline =>
        {
            deadline.ToTable("Deadlines");
            deadline.HasKey(d => d.Id);
            deadline.Property(d => d.Id).ValueGeneratedNever();
            deadline.Property(d => d.RuleCode).HasMaxLength(60);
            deadline.Property(d => d.UnitCode).HasMaxLength(20);
            deadline.Property(d => d.Version).IsConcurrencyToken();
            deadline.HasIndex(d => new { d.CaseId, d.StoppedAt });
            // The sweep and the work lists read open deadlines by due time.
            deadline.HasIndex(d => new { d.StoppedAt, d.DueAt });
        });
        modelBuilder.Entity<CalendarYearCopy>(year =>
        {
            year.ToTable("CalendarYears");
            year.HasKey(y => y.Year);
            year.Property(y => y.Year).ValueGeneratedNever();
            year.Property(y => y.OverridesJson).HasMaxLength(8000);
            year.Ignore(y => y.Overrides);
        });
    }
}
