using CaseManagement.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Identity.Persistence;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.UserId).HasMaxLength(100);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(64).IsRequired();
        builder.Property(e => e.ResourceType).HasMaxLength(64).IsRequired();
        builder.Property(e => e.ResourceId).HasMaxLength(128);
        builder.Property(e => e.Outcome).HasMaxLength(32).IsRequired();
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.CorrelationId).HasMaxLength(100);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => e.ChainIndex).IsUnique();
        // Only the entries still to seal, in id order, as the sealer reads them. Without it PostgreSQL
        // walks the primary key past every sealed entry on each batch, a cost that grows with the trail
        // for as long as the province keeps it.
        builder.HasIndex(e => e.Id, "IX_AuditEntries_Unsealed").HasFilter("\"ChainIndex\" IS NULL");
        builder.HasIndex(e => new { e.ResourceType, e.ResourceId });
        builder.HasIndex(e => e.UserId);
        builder.HasIndex(e => e.OccurredAt);
    }
}
