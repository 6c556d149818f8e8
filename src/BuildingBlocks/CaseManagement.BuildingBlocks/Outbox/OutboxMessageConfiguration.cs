using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.BuildingBlocks.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedOnAdd();
        builder.Property(m => m.Type).HasMaxLength(400).IsRequired();
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.CorrelationId).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        // Partial indexes that hold only the few rows still to send (the dispatcher reads them in id
        // order) and the parked ones (listed for operators). An index over every row's SentAt made
        // PostgreSQL combine it with ParkedAt and visit every sent row on each poll.
        builder.HasIndex(m => m.Id, "IX_OutboxMessages_Pending").HasFilter("\"SentAt\" IS NULL AND \"ParkedAt\" IS NULL");
        builder.HasIndex(m => m.Id, "IX_OutboxMessages_Parked").HasFilter("\"SentAt\" IS NULL AND \"ParkedAt\" IS NOT NULL");
    }
}
