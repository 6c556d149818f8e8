using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CaseManagement.BuildingBlocks.Outbox;

/// <summary>
/// Wakes a module's outbox dispatcher after every commit that wrote outbox rows, by itself: a save outside an
/// explicit transaction wakes it once saved; a save (or a direct insert, <see cref="RowsWritten"/>) inside one
/// wakes it when that transaction commits, and not at all when it rolls back. No use case has to remember it.
/// </summary>
public sealed class OutboxWakeUp(WakeUp dispatcher) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly WakeUp dispatcher = dispatcher;

    /// <summary>Contexts whose open transaction has written outbox rows not yet committed.</summary>
    private static readonly ConditionalWeakTable<DbContext, object> Pending = [];

    private static readonly ConditionalWeakTable<DbContext, object> Saving = [];

    /// <summary>The key of a module's dispatcher wake-up among the keyed <see cref="WakeUp"/> services.</summary>
    public static string KeyOf(string module) => "outbox:" + module;

    /// <summary>Rows written to the outbox past SaveChanges (a direct insert): the dispatcher is woken after the commit.</summary>
    public static void RowsWritten(DbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            Find(db)?.dispatcher.Raise();
        }
        else
        {
            Pending.AddOrUpdate(db, Pending);
        }
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && WritesOutbox(db))
        {
            Saving.AddOrUpdate(db, Saving);
        }

        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db && WritesOutbox(db))
        {
            Saving.AddOrUpdate(db, Saving);
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            Saving.Remove(db);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public System.Data.Common.DbTransaction TransactionStarted(System.Data.Common.DbConnection connection, TransactionEndEventData eventData, System.Data.Common.DbTransaction result)
    {
        Forget(eventData.Context);
        return result;
    }

    public ValueTask<System.Data.Common.DbTransaction> TransactionStartedAsync(
        System.Data.Common.DbConnection connection, TransactionEndEventData eventData, System.Data.Common.DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>Rows added (new events) or changed (a parked row released) are work for the dispatcher.</summary>
    private static bool WritesOutbox(DbContext db)
    {
        // Change detection runs in SaveChanges anyway; the states of added and explicitly changed rows are known without it.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State is EntityState.Added or EntityState.Modified);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private void Saved(DbContext? db)
    {
        if (db is not null && Saving.Remove(db))
        {
            if (db.Database.CurrentTransaction is null)
            {
                dispatcher.Raise();
            }
            else
            {
                Pending.AddOrUpdate(db, Pending);
            }
        }
    }

    private void Committed(DbContext? db)
    {
        if (db is not null && Pending.Remove(db))
        {
            dispatcher.Raise();
        }
    }

    private static void Forget(DbContext? db)
    {
        if (db is not null)
        {
            Pending.Remove(db);
        }
    }

    private static OutboxWakeUp? Find(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<OutboxWakeUp>().FirstOrDefault();
}
