using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>
/// Base of every module's DbContext: its own schema, its outbox and its processed-messages table.
/// Each module derives one provider-neutral context and three thin provider subclasses, so that
/// each provider keeps its own migrations (EF's "multiple context types" pattern).
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Schema on PostgreSQL and SQL Server; SQLite uses one file per module instead.</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    public DatabaseProvider Provider => Database.ProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.PostgreSql,
        "Microsoft.EntityFrameworkCore.SqlServer" => DatabaseProvider.SqlServer,
        var other => throw new NotSupportedException($"Unsupported EF Core provider '{other}'."),
    };

    /// <summary>Queues an integration event in this module's outbox; it is stored by the same
    /// SaveChanges as the change it describes and published later by the dispatcher.</summary>
    public void AddIntegrationEvent(object integrationEvent, DateTimeOffset occurredAt) =>
        OutboxMessages.Add(OutboxMessage.Create(integrationEvent, occurredAt, CorrelationContext.Current));

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var queuedEvents = ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (queuedEvents && Database.CurrentTransaction is null)
        {
            OutboxSignal.Notify(Schema);
        }

        return written;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new ProcessedMessageConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset values; store them as sortable integers.
        if (Provider == DatabaseProvider.Sqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
