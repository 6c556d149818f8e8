using System.Text.Json;
using CaseManagement.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseManagement.BuildingBlocks.Outbox;

/// <summary>Publishes one module's outbox rows through the bus, in id order.</summary>
public interface IOutboxDispatcher
{
    string Module { get; }

    /// <summary>Publishes at most one batch of due rows and returns how many were sent.
    /// <paramref name="ignoreSchedule"/> retries rows that are waiting out their back-off.</summary>
    Task<int> DispatchBatchAsync(bool ignoreSchedule, CancellationToken cancellationToken);

    /// <summary>Deletes the rows sent before <paramref name="sentBefore"/>; returns how many. Rows still
    /// to send and parked rows are never deleted.</summary>
    Task<int> PurgeSentAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken);
}

public sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopeFactory,
    IBus bus,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : IOutboxDispatcher
    where TContext : DbContext, IModuleDbContext
{
    // SQLite has no row locks: one dispatcher per module in this process at a time.
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? module;

    public string Module => module ??= ResolveModuleName();

    public async Task<int> DispatchBatchAsync(bool ignoreSchedule, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await DispatchLockedBatchAsync(ignoreSchedule, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> DispatchLockedBatchAsync(bool ignoreSchedule, CancellationToken ct)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var settings = options.Value;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await OutboxBatchReader.TryTakeModuleLockAsync(db, ct))
        {
            return 0; // Another instance is publishing this module's rows.
        }

        var rows = await OutboxBatchReader.ReadNextAsync(db, settings.BatchSize, ct);
        var now = clock.GetUtcNow();
        // A row backing off holds back the rows behind it, to keep the order.
        var due = rows.TakeWhile(row => ignoreSchedule || row.IsDue(now)).ToList();

        // Publishes are started in id order and confirmed together: the broker receives the rows
        // in order without a round trip per row. A row is marked sent only once confirmed.
        var publishes = due.Select(row => PublishAsync(db.Schema, row, settings, ct)).ToList();
        var outcomes = await Task.WhenAll(publishes);
        var sentIds = due.Where((_, i) => outcomes[i].Outcome == PublishOutcome.Published).Select(row => row.Id).ToList();
        if (outcomes.FirstOrDefault(o => o.Error is not null).Error is { } firstError)
        {
            // One line per round, not per row: a broker outage fails the whole round.
            LogPublishFailed(logger, firstError, Module, outcomes.Count(o => o.Error is not null), due[0].Id);
        }

        if (sentIds.Count > 0)
        {
            // One statement for the whole round instead of an UPDATE per row.
            var sentAt = clock.GetUtcNow();
            await db.OutboxMessages.Where(m => sentIds.Contains(m.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, sentAt), ct);
        }

        await db.SaveChangesAsync(ct); // failures and parked rows
        await transaction.CommitAsync(ct);
        return sentIds.Count;
    }

    public async Task<int> PurgeSentAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken)
    {
        // In chunks, each its own short statement, so a first purge of a long-lived table neither
        // holds locks for long nor writes one huge transaction.
        const int Chunk = 5000;
        var total = 0;
        int deleted;
        do
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            deleted = await db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < sentBefore)
                .OrderBy(m => m.Id).Take(Chunk).ExecuteDeleteAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == Chunk);

        return total;
    }

    private enum PublishOutcome
    {
        Published,
        Parked,
        Failed,
    }

    private async Task<(PublishOutcome Outcome, Exception? Error)> PublishAsync(
        string schema, OutboxMessage row, OutboxOptions settings, CancellationToken ct)
    {
        var type = EventTypeResolver.Resolve(row.Type);
        if (type is null)
        {
            row.Park(clock.GetUtcNow(), $"Unknown event type '{row.Type}'.");
            LogParked(logger, Module, row.Id, row.Type);
            return (PublishOutcome.Parked, null); // Later rows go on: this one can never be sent as it is.
        }

        try
        {
            var message = JsonSerializer.Deserialize(row.Payload, type, OutboxJson.Options)!;
            var messageId = OutboxMessageIds.For(schema, row.Id);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(settings.PublishTimeout);
            await bus.Publish(message, type, context =>
            {
                context.MessageId = messageId;
                if (Guid.TryParse(row.CorrelationId, out var correlationId))
                {
                    context.CorrelationId = correlationId;
                }

                if (row.CorrelationId is not null)
                {
                    context.Headers.Set(CorrelationContext.HeaderName, row.CorrelationId);
                }
            }, timeout.Token);
            return (PublishOutcome.Published, null);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            row.RecordFailure(clock.GetUtcNow(), $"{ex.GetType().Name}: {ex.Message}", settings);
            return (row.ParkedAt is null ? PublishOutcome.Failed : PublishOutcome.Parked, ex);
        }
    }

    private string ResolveModuleName()
    {
        using var scope = scopeFactory.CreateScope();
        return scope.ServiceProvider.GetRequiredService<TContext>().Schema;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Module}: row {RowId} parked, its type {Type} is unknown")]
    private static partial void LogParked(ILogger logger, string module, long rowId, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Module}: {Failed} row(s) failed to publish from row {FirstRowId}; they will be tried again")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string module, int failed, long firstRowId);
}
