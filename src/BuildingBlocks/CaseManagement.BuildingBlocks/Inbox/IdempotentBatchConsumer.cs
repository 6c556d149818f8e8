using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Inbox;

/// <summary>
/// The base of every consumer: applies each message at most once per consumer. Messages come in
/// batches (a whole unit list arrives at once): up to a hundred are applied in one transaction,
/// each recorded as (MessageId, consumer) in that same SaveChanges transaction. Messages already processed,
/// and repeats inside the batch, are dropped before the work. If a concurrent delivery commits
/// the same message first, the primary key fails the transaction and the retry drops it.
/// A batch that fails for an outage is thrown back for the endpoint's retry (for as long as the outage
/// lasts), and so is one that lost a race with a concurrent batch (<see cref="ConflictingWrites"/>).
/// One that fails otherwise is applied again message by message, and a message that fails on its own is
/// parked (<see cref="ParkedMessage"/>), so that one bad message never holds up the others.
/// </summary>
public abstract class IdempotentBatchConsumer<TMessage, TContext>(TContext db, TimeProvider clock) : IConsumer<Batch<TMessage>>
    where TMessage : class
    where TContext : DbContext, IModuleDbContext
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    /// <summary>Stable name recorded with each processed message; renaming a consumer class must not replay history.</summary>
    protected abstract string ConsumerName { get; }

    public async Task Consume(ConsumeContext<Batch<TMessage>> context)
    {
        var ct = context.CancellationToken;
        var unique = new Dictionary<Guid, ConsumeContext<TMessage>>();
        foreach (var message in context.Message)
        {
            unique.TryAdd(message.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId."), message);
        }

        var messages = unique.Values.ToList();
        try
        {
            await ApplyAsync(messages, ct);
        }
        catch (Exception error) when (IsFaultOfAMessage(error, ct) && messages.Count > 1)
        {
            foreach (var message in messages)
            {
                await ApplyAloneAsync(message, ct);
            }
        }
        catch (Exception error) when (IsFaultOfAMessage(error, ct))
        {
            await ParkAsync(messages[0], error, ct);
        }
    }

    private static bool IsFaultOfAMessage(Exception error, CancellationToken ct) =>
        !TransientFailures.Is(error) && !ConflictingWrites.Is(error) && !ct.IsCancellationRequested;

    /// <summary>After the batch committed: drop what was built from the old rows (caches, snapshots).</summary>
    protected virtual void Committed()
    {
    }

    /// <summary>The consumer's work for new messages, in arrival order: change the module's own
    /// tables through <see cref="Db"/>; do not save.</summary>
    protected abstract Task HandleAsync(IReadOnlyList<ConsumeContext<TMessage>> messages, CancellationToken ct);

    private async Task ApplyAsync(IReadOnlyList<ConsumeContext<TMessage>> messages, CancellationToken ct)
    {
        Db.ChangeTracker.Clear(); // A retry reuses the scope: start from a clean slate.
        var ids = messages.Select(m => m.MessageId!.Value).ToList();
        var done = (await Db.ProcessedMessages.AsNoTracking()
            .Where(p => p.Consumer == ConsumerName && ids.Contains(p.MessageId))
            .Select(p => p.MessageId)
            .ToListAsync(ct)).ToHashSet();
        var fresh = messages.Where(m => !done.Contains(m.MessageId!.Value)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        await HandleAsync(fresh, ct);
        var now = Clock.GetUtcNow();
        Db.ProcessedMessages.AddRange(fresh.Select(m => new ProcessedMessage(m.MessageId!.Value, ConsumerName, now)));
        // One SaveChanges is one transaction: the work and its processed-message rows commit together.
        // (An explicit transaction around it would only add a savepoint round trip per batch.)
        await Db.SaveChangesAsync(ct);
        Committed();
    }

    private async Task ApplyAloneAsync(ConsumeContext<TMessage> message, CancellationToken ct)
    {
        try
        {
            await ApplyAsync([message], ct);
        }
        catch (Exception error) when (IsFaultOfAMessage(error, ct))
        {
            await ParkAsync(message, error, ct);
        }
    }

    /// <summary>Sets the message aside, marked processed so that a repeated delivery is not parked twice.
    /// If a concurrent delivery applied it meanwhile, the processed row's key fails this save and the
    /// endpoint's retry finds it done.</summary>
    private async Task ParkAsync(ConsumeContext<TMessage> message, Exception error, CancellationToken ct)
    {
        Db.ChangeTracker.Clear();
        var now = Clock.GetUtcNow();
        Db.ParkedMessages.Add(ParkedMessage.Of(message, ConsumerName, error, now));
        Db.ProcessedMessages.Add(new ProcessedMessage(message.MessageId!.Value, ConsumerName, now));
        await Db.SaveChangesAsync(ct);
    }
}
