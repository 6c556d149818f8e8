using CaseManagement.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Cases.Persistence;

internal sealed class PoliceReferralConfiguration : IEntityTypeConfiguration<PoliceReferral>
{
    public void Configure(EntityTypeBuilder<PoliceReferral> builder)
    {
        builder.ToTable("PoliceReferrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CaseUnitCode).HasMaxLength(20);
        builder.Property(r => r.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.PoliceOrganisationName).HasMaxLength(300);
        builder.Property(r => r.PoliceUnitCode).HasMaxLength(20);
        builder.Property(r => r.PoliceReference).HasMaxLength(60);
        builder.Property(r => r.DisclosedFields).HasMaxLength(400);
        builder.Property(r => r.DisclosureSealed).HasMaxLength(40000);
        builder.Property(r => r.SentBy).HasMaxLength(100);
        builder.Property(r => r.AcknowledgedBy).HasMaxLength(100);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.CaseId);
        // A liaison's list: the referrals addressed to the police units of their jurisdiction.
        builder.HasIndex(r => new { r.PoliceUnitCode, r.SentAt });
        builder.Ignore(r => r.Disclosed);
    }
}
