using CaseManagement.BuildingBlocks;
using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Cases.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Messaging;

/// <summary>An event nobody consumes, written to see when the dispatcher is woken.</summary>
public sealed record OutboxWakeUpProbe(Guid Id);

/// <summary>
/// The outbox dispatcher is woken by itself after every commit that wrote outbox rows: at once for a save
/// outside a transaction, at the commit for a save inside one, never for a transaction rolled back. No use
/// case wakes it by hand.
/// </summary>
public abstract class OutboxWakeUpTests(CaseManagementHost host)
{
    [Fact]
    public async Task A_commit_that_wrote_events_wakes_the_dispatcher_and_a_rollback_does_not()
    {
        var wakeUp = host.Services.GetRequiredKeyedService<WakeUp>(OutboxWakeUp.KeyOf("cases"));
        while (await wakeUp.WaitAsync(TimeSpan.Zero, CancellationToken.None))
        {
            // Wake-ups left by other tests' writes.
        }

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.AddIntegrationEvent(new OutboxWakeUpProbe(Guid.NewGuid()), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            Assert.False(await wakeUp.WaitAsync(TimeSpan.Zero, CancellationToken.None), "woken before the commit");
            await transaction.RollbackAsync();
        }

        Assert.False(await wakeUp.WaitAsync(TimeSpan.Zero, CancellationToken.None), "woken by a rollback");
        db.ChangeTracker.Clear();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.AddIntegrationEvent(new OutboxWakeUpProbe(Guid.NewGuid()), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Assert.True(await wakeUp.WaitAsync(TimeSpan.Zero, CancellationToken.None), "not woken by the commit");

        db.AddIntegrationEvent(new OutboxWakeUpProbe(Guid.NewGuid()), DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        Assert.True(await wakeUp.WaitAsync(TimeSpan.Zero, CancellationToken.None), "not woken by a save outside a transaction");

        // A save that wrote no events does not wake it.
        await db.Database.ExecuteSqlRawAsync("SELECT 1");
        await db.SaveChangesAsync();
        Assert.False(await wakeUp.WaitAsync(TimeSpan.Zero, CancellationToken.None), "woken without events");
        await host.DrainOutboxAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutboxWakeUpOnSqlite(SqliteHost host) : OutboxWakeUpTests(host);

[Collection(PostgresCollection.Name)]
public sealed class OutboxWakeUpOnPostgres(PostgresRabbitHost host) : OutboxWakeUpTests(host);
