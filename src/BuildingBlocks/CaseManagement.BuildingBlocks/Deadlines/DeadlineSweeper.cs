using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Deadlines;

/// <summary>Finds open deadlines past due, marks them breached and publishes the module's breach
/// event with them, one batch per transaction; one sweeper at a time across Host instances.</summary>
public sealed class DeadlineSweeper<TContext>(TContext db, IDeadlineEvents<TContext> events, TimeProvider clock)
    where TContext : DbContext, IDeadlineStore
{
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public const int BatchSize = 500;

    /// <summary>Sweeps until nothing is left overdue; returns how many deadlines were breached.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await InProcess.WaitAsync(ct);
        try
        {
            var total = 0;
            int batch;
            do
            {
                batch = await SweepBatchAsync(ct);
                total += batch;
            }
            while (batch == BatchSize);

            return total;
        }
        finally
        {
            InProcess.Release();
        }
    }

    private async Task<int> SweepBatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await TransactionLocks.TryTakeAsync(db, db.Provider, db.Schema + ".deadline-sweep", ct))
        {
            return 0;
        }

        var overdue = await db.Deadlines
            .Where(d => d.StoppedAt == null && d.BreachedAt == null && d.DueAt < now)
            .OrderBy(d => d.DueAt)
            .Take(BatchSize)
            .ToListAsync(ct);
        foreach (var deadline in overdue)
        {
            deadline.Breach(now);
            if (events.Breached(deadline) is { } breached)
            {
                db.AddIntegrationEvent(breached, now);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        db.ChangeTracker.Clear();
        return overdue.Count;
    }
}
