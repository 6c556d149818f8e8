using CaseManagement.Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Directory.Persistence;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("CalendarYears");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.Version).IsConcurrencyToken();
        builder.OwnsMany(y => y.Days, day =>
        {
            day.ToTable("CalendarDays");
            day.WithOwner().HasForeignKey("Year");
            day.HasKey("Year", nameof(CalendarDay.Date));
            day.Property(d => d.Name).HasMaxLength(CalendarDay.MaxNameLength).IsRequired();
        });
        builder.Navigation(y => y.Days).HasField("days").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
