using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Outbox;

/// <summary>
/// Claims the next unsent rows of a module's outbox inside the caller's transaction.
/// PostgreSQL and SQL Server take a per-module lock first, so only one dispatcher publishes a
/// module's rows at a time (this keeps publish order across several Host instances), and lock the
/// rows themselves (FOR UPDATE SKIP LOCKED / UPDLOCK, READPAST) so a second dispatcher never sends
/// them twice. SQLite is single-instance by nature and relies on the in-process gate.
/// </summary>
internal static class OutboxBatchReader
{
    public static Task<bool> TryTakeModuleLockAsync<TContext>(TContext db, CancellationToken ct)
        where TContext : DbContext, IModuleDbContext =>
        TransactionLocks.TryTakeAsync(db, db.Provider, LockName(db.Schema), ct);

    /// <summary>The per-module dispatcher lock; its key also prefixes the module's message ids.</summary>
    internal static string LockName(string schema) => "outbox:" + schema;

    public static Task<List<OutboxMessage>> ReadNextAsync<TContext>(TContext db, int batchSize, CancellationToken ct)
        where TContext : DbContext, IModuleDbContext
    {
        var entity = db.Model.FindEntityType(typeof(OutboxMessage))!;
        var table = entity.GetTableName();
        var schema = entity.GetSchema();
#pragma warning disable EF1003 // Identifiers come from the EF model, never from input; the batch size is a parameter.
        return db.Provider switch
        {
            DatabaseProvider.PostgreSql => db.OutboxMessages
                .FromSqlRaw(
                    $"SELECT * FROM \"{schema}\".\"{table}\" WHERE \"SentAt\" IS NULL AND \"ParkedAt\" IS NULL " +
                    "ORDER BY \"Id\" LIMIT {0} FOR UPDATE SKIP LOCKED",
                    batchSize)
                .ToListAsync(ct),
            DatabaseProvider.SqlServer => db.OutboxMessages
                .FromSqlRaw(
                    $"SELECT TOP ({{0}}) * FROM [{schema}].[{table}] WITH (UPDLOCK, ROWLOCK, READPAST) " +
                    "WHERE [SentAt] IS NULL AND [ParkedAt] IS NULL ORDER BY [Id]",
                    batchSize)
                .ToListAsync(ct),
            _ => db.OutboxMessages
                .Where(m => m.SentAt == null && m.ParkedAt == null)
                .OrderBy(m => m.Id)
                .Take(batchSize)
                .ToListAsync(ct),
        };
#pragma warning restore EF1003
    }
}
