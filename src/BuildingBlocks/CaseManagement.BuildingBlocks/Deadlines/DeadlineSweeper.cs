using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Deadlines;

/// <summary>Finds open deadlines past due, marks them breached and publishes the module's breach
/// event with them, and warns once of those falling due within <see cref="WarningAhead"/>; one batch per
/// transaction, one sweeper at a time across Host instances.</summary>
public sealed class DeadlineSweeper<TContext>(TContext db, IDeadlineEvents<TContext> events, TimeProvider clock)
    where TContext : DbContext, IDeadlineStore
{
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public const int BatchSize = 500;

    /// <summary>How long before a limit those who must meet it are warned.</summary>
    public static readonly TimeSpan WarningAhead = TimeSpan.FromHours(2);

    /// <summary>Sweeps until nothing is left overdue; returns how many deadlines were breached.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await InProcess.WaitAsync(ct);
        try
        {
            var total = 0;
            (int Found, int Breached) batch;
            do
            {
                batch = await SweepBatchAsync(ct);
                total += batch.Breached;
            }
            while (batch.Found == BatchSize);

            return total;
        }
        finally
        {
            InProcess.Release();
        }
    }

    private async Task<(int Found, int Breached)> SweepBatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await TransactionLocks.TryTakeAsync(db, db.Provider, db.Schema + ".deadline-sweep", ct))
        {
            return (0, 0);
        }

        var soon = now + WarningAhead;
        var due = await db.Deadlines
            .Where(d => d.StoppedAt == null && d.BreachedAt == null && d.DueAt < soon && (d.DueAt < now || d.WarnedAt == null))
            .OrderBy(d => d.DueAt)
            .Take(BatchSize)
            .ToListAsync(ct);
        foreach (var deadline in due.Where(d => d.DueAt >= now))
        {
            deadline.Warn(now);
            if (events.DueSoon(deadline) is { } warned)
            {
                db.AddIntegrationEvent(warned, now);
            }
        }

        var overdue = due.Where(d => d.DueAt < now).ToList();
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
        return (due.Count, overdue.Count);
    }
}
