using CaseManagement.Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Directory.Persistence;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(300).IsRequired();
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.UnitCode).HasMaxLength(20).IsRequired();
        builder.HasIndex(o => o.UnitCode);
        builder.Property<string>("servedUnitCodes").HasColumnName("ServedUnitCodes").HasMaxLength(4000).IsRequired();
        builder.Ignore(o => o.ServedUnitCodes);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.ComplexProperty(o => o.Contact, contact =>
        {
            contact.Property(c => c.Address).HasMaxLength(400);
            contact.Property(c => c.Phone).HasMaxLength(40);
            contact.Property(c => c.Email).HasMaxLength(200);
            contact.Property(c => c.ContactPerson).HasMaxLength(200);
            contact.Property(c => c.Hours).HasMaxLength(200);
        });
        builder.ComplexProperty(o => o.Active, active =>
        {
            active.Property(a => a.From).HasColumnName("ActiveFrom");
            active.Property(a => a.To).HasColumnName("ActiveTo");
        });
        builder.OwnsMany(o => o.Services, service =>
        {
            service.ToTable("Services");
            service.WithOwner().HasForeignKey("OrganisationId");
            service.HasKey(s => s.Id);
            service.Property(s => s.Id).ValueGeneratedNever();
            service.Property(s => s.Type).HasConversion<string>().HasMaxLength(40);
            service.HasIndex(s => s.Type);
            service.Property(s => s.Name).HasMaxLength(300).IsRequired();
            service.Property(s => s.EligibilityNotes).HasMaxLength(ServiceOffering.MaxNotesLength);
        });
        builder.Navigation(o => o.Services).HasField("services").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("Staff");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.FullName).HasMaxLength(200).IsRequired();
        builder.HasIndex(s => s.OrganisationId);
        builder.Property(s => s.UnitCode).HasMaxLength(20).IsRequired();
        builder.HasIndex(s => s.UnitCode);
        builder.Property(s => s.Position).HasMaxLength(200);
        builder.Property(s => s.Function).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.VillageCode).HasMaxLength(20);
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.ComplexProperty(s => s.Active, active =>
        {
            active.Property(a => a.From).HasColumnName("ActiveFrom");
            active.Property(a => a.To).HasColumnName("ActiveTo");
        });
    }
}
