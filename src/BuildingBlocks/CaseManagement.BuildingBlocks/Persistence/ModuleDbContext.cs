using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>
/// Base of a module's DbContext: its own schema, its outbox and its processed-messages table.
/// Each module derives one provider-neutral context and three thin provider subclasses, so that
/// each provider keeps its own migrations (EF's "multiple context types" pattern).
/// </summary>
public abstract class ModuleDbContext : DbContext, IModuleDbContext
{
    private DatabaseProvider? provider;

    protected ModuleDbContext(DbContextOptions options)
        : base(options) => ModuleModelConventions.UseWholeTransactions(Database);

    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    public DbSet<ParkedMessage> ParkedMessages => Set<ParkedMessage>();

    /// <summary>Read once per context instance: asking EF for its provider name is not free, and it is asked
    /// on every save. A pooled instance keeps its options, so the value holds.</summary>
    public DatabaseProvider Provider => provider ??= ModuleModelConventions.ProviderOf(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        ModuleModelConventions.Configure(modelBuilder, Provider, Schema);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModelConventions.ConfigureConventions(configurationBuilder, Provider);
}
