using CaseManagement.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Inbox;

/// <summary>
/// Base of every consumer: applies a message at most once per consumer. The (MessageId, consumer)
/// row is inserted in the same transaction as the consumer's own changes, and its primary key
/// turns a concurrent second delivery into a no-op.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ModuleDbContext
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    /// <summary>Stable name recorded with each processed message; renaming a consumer class must not replay history.</summary>
    protected abstract string ConsumerName { get; }

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId.");
        var ct = context.CancellationToken;
        CorrelationContext.Current = context.Headers.Get<string>(CorrelationContext.HeaderName) ?? context.CorrelationId?.ToString();

        Db.ChangeTracker.Clear(); // A retry reuses the scope: start from a clean slate.
        if (await IsProcessedAsync(messageId, ct))
        {
            return;
        }

        await using var transaction = await Db.Database.BeginTransactionAsync(ct);
        await HandleAsync(context.Message, context);
        Db.ProcessedMessages.Add(new ProcessedMessage(messageId, ConsumerName, Clock.GetUtcNow()));
        try
        {
            await Db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            Db.ChangeTracker.Clear();
            if (await IsProcessedAsync(messageId, ct))
            {
                return; // A concurrent delivery of the same message won the race.
            }

            throw;
        }
    }

    /// <summary>The consumer's work: change the module's own tables through <see cref="Db"/>; do not save.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context);

    private Task<bool> IsProcessedAsync(Guid messageId, CancellationToken ct) =>
        Db.ProcessedMessages.AsNoTracking().AnyAsync(m => m.MessageId == messageId && m.Consumer == ConsumerName, ct);
}
