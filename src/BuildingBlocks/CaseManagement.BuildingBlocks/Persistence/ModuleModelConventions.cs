using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>The model rules every module context shares, callable from any DbContext base class.</summary>
public static class ModuleModelConventions
{
    public static DatabaseProvider ProviderOf(DatabaseFacade database) => database.ProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.PostgreSql,
        "Microsoft.EntityFrameworkCore.SqlServer" => DatabaseProvider.SqlServer,
        var other => throw new NotSupportedException($"Unsupported EF Core provider '{other}'."),
    };

    /// <summary>
    /// No savepoint around a SaveChanges inside an explicit transaction: a failed save always abandons
    /// the whole unit of work here, so the two extra round trips per save would buy nothing.
    /// </summary>
    public static void UseWholeTransactions(DatabaseFacade database) => database.AutoSavepointsEnabled = false;

    /// <summary>The module's schema (server providers), its outbox, its processed-messages and parked-messages tables.</summary>
    public static void Configure(ModelBuilder modelBuilder, DatabaseProvider provider, string schema)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            modelBuilder.HasDefaultSchema(schema);
        }

        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new ProcessedMessageConfiguration());
        modelBuilder.ApplyConfiguration(new ParkedMessageConfiguration());
    }

    /// <summary>SQLite cannot compare or order DateTimeOffset values; store them as sortable integers.</summary>
    public static void ConfigureConventions(ModelConfigurationBuilder configurationBuilder, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}

public static class ModuleDbContextExtensions
{
    /// <summary>Queues an integration event in the module's outbox; it is stored by the same
    /// SaveChanges as the change it describes and published later by the dispatcher.</summary>
    public static void AddIntegrationEvent(this IModuleDbContext db, object integrationEvent, DateTimeOffset occurredAt) =>
        db.OutboxMessages.Add(OutboxMessage.Create(integrationEvent, occurredAt, CorrelationContext.Current));
}
