using CaseManagement.Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Directory.Persistence;

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> builder)
    {
        builder.ToTable("AdministrativeUnits");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(u => new { u.Code, u.ValidFrom }).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(UnitDefinition.MaxNameLength).IsRequired();
        builder.Property(u => u.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.ParentCode).HasMaxLength(20);
        builder.HasIndex(u => u.ParentCode);
        builder.Property<string>("successorCodes").HasColumnName("SuccessorCodes").HasMaxLength(400).IsRequired();
        builder.Ignore(u => u.SuccessorCodes);
        builder.Property(u => u.Version).IsConcurrencyToken();
    }
}
