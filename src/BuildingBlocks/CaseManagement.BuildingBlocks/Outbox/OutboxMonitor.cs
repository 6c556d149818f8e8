using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.BuildingBlocks.Outbox;

public sealed record ParkedOutboxRow(long Id, string Type, int Attempts, string? LastError, DateTimeOffset OccurredAt, DateTimeOffset? ParkedAt);

public sealed record OutboxStatus(string Module, int Pending, int Failing, int Parked, DateTimeOffset? OldestPendingAt, IReadOnlyList<ParkedOutboxRow> ParkedRows);

/// <summary>What operators see of one module's outbox: backlog, rows backing off, parked rows.</summary>
public interface IOutboxMonitor
{
    string Module { get; }

    Task<OutboxStatus> GetStatusAsync(CancellationToken cancellationToken);

    /// <summary>Releases a parked row for another try; false when no such parked row exists.</summary>
    Task<bool> ReleaseAsync(long rowId, CancellationToken cancellationToken);
}

public sealed class OutboxMonitor<TContext>(IServiceScopeFactory scopeFactory) : IOutboxMonitor
    where TContext : DbContext, IModuleDbContext
{
    private string? module;

    public string Module => module ??= WithContext(db => db.Schema);

    public async Task<OutboxStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var unsent = db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null);
        var pending = await unsent.CountAsync(m => m.ParkedAt == null, cancellationToken);
        var failing = await unsent.CountAsync(m => m.ParkedAt == null && m.Attempts > 0, cancellationToken);
        var oldest = await unsent.Where(m => m.ParkedAt == null).OrderBy(m => m.Id)
            .Select(m => (DateTimeOffset?)m.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        var parked = await unsent.Where(m => m.ParkedAt != null).OrderBy(m => m.Id).Take(100)
            .Select(m => new ParkedOutboxRow(m.Id, m.Type, m.Attempts, m.LastError, m.OccurredAt, m.ParkedAt))
            .ToListAsync(cancellationToken);
        var parkedCount = parked.Count < 100 ? parked.Count : await unsent.CountAsync(m => m.ParkedAt != null, cancellationToken);
        return new OutboxStatus(db.Schema, pending, failing, parkedCount, oldest, parked);
    }

    public async Task<bool> ReleaseAsync(long rowId, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var row = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == rowId && m.ParkedAt != null && m.SentAt == null, cancellationToken);
        if (row is null)
        {
            return false;
        }

        row.Release();
        await db.SaveChangesAsync(cancellationToken);
        OutboxSignal.Notify(db.Schema);
        return true;
    }

    private T WithContext<T>(Func<TContext, T> read)
    {
        using var scope = scopeFactory.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<TContext>());
    }
}
