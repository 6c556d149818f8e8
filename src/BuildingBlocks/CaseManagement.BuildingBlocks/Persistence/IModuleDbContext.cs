using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>What the outbox, the consumers and start-up need of a module's DbContext. Most modules
/// derive from <see cref="ModuleDbContext"/>; Identity derives from ASP.NET Core Identity's context
/// and implements this through <see cref="ModuleModelConventions"/>.</summary>
public interface IModuleDbContext
{
    /// <summary>Schema on PostgreSQL and SQL Server; SQLite uses one file per module instead.</summary>
    string Schema { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<ProcessedMessage> ProcessedMessages { get; }

    /// <summary>Messages set aside by this module's consumers, waiting for an operator.</summary>
    DbSet<ParkedMessage> ParkedMessages { get; }

    DatabaseProvider Provider { get; }
}
