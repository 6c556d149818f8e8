using CaseManagement.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.BuildingBlocks.Outbox;

public sealed record ParkedOutboxRow(long Id, string Type, int Attempts, string? LastError, DateTimeOffset OccurredAt, DateTimeOffset? ParkedAt);

/// <summary>A message one of the module's consumers set aside (<see cref="Inbox.ParkedMessage"/>).</summary>
public sealed record ParkedMessageRow(long Id, Guid MessageId, string Consumer, string MessageType, string Error, DateTimeOffset ParkedAt);

/// <summary>One module's events: what its outbox has yet to send or parked, and what its consumers parked.</summary>
public sealed record OutboxStatus(
    string Module, int Pending, int Failing, int Parked, DateTimeOffset? OldestPendingAt, IReadOnlyList<ParkedOutboxRow> ParkedRows,
    int ParkedMessages = 0, IReadOnlyList<ParkedMessageRow>? ParkedMessageRows = null);

/// <summary>What operators see of one module's events: outbox backlog, rows backing off, parked rows, and
/// the messages its consumers parked.</summary>
public interface IOutboxMonitor
{
    string Module { get; }

    Task<OutboxStatus> GetStatusAsync(CancellationToken cancellationToken);

    /// <summary>Releases a parked row for another try; false when no such parked row exists.</summary>
    Task<bool> ReleaseAsync(long rowId, CancellationToken cancellationToken);

    /// <summary>Sends a parked message back to its queue for another try; false when no such parked message exists.</summary>
    Task<bool> RetryMessageAsync(long parkedId, CancellationToken cancellationToken);
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
        var messages = await db.ParkedMessages.AsNoTracking().OrderBy(m => m.Id).Take(100)
            .Select(m => new ParkedMessageRow(m.Id, m.MessageId, m.Consumer, m.MessageType, m.Error, m.ParkedAt))
            .ToListAsync(cancellationToken);
        var messageCount = messages.Count < 100 ? messages.Count : await db.ParkedMessages.CountAsync(cancellationToken);
        return new OutboxStatus(db.Schema, pending, failing, parkedCount, oldest, parked, messageCount, messages);
    }

    /// <summary>Forgets that the consumer saw the message and sends it to its queue again, in one transaction:
    /// if the send fails, the message stays parked.</summary>
    public async Task<bool> RetryMessageAsync(long parkedId, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var parked = await db.ParkedMessages.SingleOrDefaultAsync(m => m.Id == parkedId, cancellationToken);
        if (parked?.Read() is not { } message)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ParkedMessages.Remove(parked);
        await db.ProcessedMessages.Where(p => p.MessageId == parked.MessageId && p.Consumer == parked.Consumer).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var endpoint = await scope.ServiceProvider.GetRequiredService<ISendEndpointProvider>().GetSendEndpoint(new Uri(parked.Queue));
        await endpoint.Send(message.Message, message.Type, Pipe.Execute<SendContext>(send => send.MessageId = parked.MessageId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
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
        return true;
    }

    private T WithContext<T>(Func<TContext, T> read)
    {
        using var scope = scopeFactory.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<TContext>());
    }
}
