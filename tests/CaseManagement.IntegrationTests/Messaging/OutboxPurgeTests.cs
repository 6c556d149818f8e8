using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Messaging;

/// <summary>Sent outbox rows are deleted once past their keeping time; nothing still to send is.</summary>
public abstract class OutboxPurgeTests(CaseManagementHost host) : IAsyncLifetime
{
    public Task InitializeAsync() => host.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Rows_sent_before_the_cut_off_are_deleted_and_recent_unsent_and_parked_rows_stay()
    {
        var now = DateTimeOffset.UtcNow;
        var ids = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DirectoryDbContext>();
            for (var i = 0; i < 5; i++)
            {
                db.AddIntegrationEvent(new AdministrativeUnitChanged(Guid.NewGuid(), $"P{i}", $"Thôn {i}", UnitLevel.Village, "21025", null, null, [], false, 1, now), now);
            }

            await db.SaveChangesAsync();
            return await db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
        });
        await host.InScopeAsync(async sp =>
        {
            var rows = sp.GetRequiredService<DirectoryDbContext>().OutboxMessages;
            await rows.Where(m => m.Id == ids[0] || m.Id == ids[1]).ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, now.AddDays(-8)));
            await rows.Where(m => m.Id == ids[2]).ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, now.AddHours(-1)));
            return await rows.Where(m => m.Id == ids[4]).ExecuteUpdateAsync(set => set.SetProperty(m => m.ParkedAt, now.AddDays(-30)));
        });

        var dispatcher = host.Services.GetServices<IOutboxDispatcher>().Single(d => d.Module == DirectoryDbContext.SchemaName);
        Assert.Equal(2, await dispatcher.PurgeSentAsync(now.AddDays(-7), CancellationToken.None));

        var left = await host.InScopeAsync(sp => sp.GetRequiredService<DirectoryDbContext>().OutboxMessages.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
        Assert.Equal(ids[2..], left);
        Assert.Equal(0, await dispatcher.PurgeSentAsync(now.AddDays(-7), CancellationToken.None));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutboxPurgeOnSqlite(SqliteHost host) : OutboxPurgeTests(host);

[Collection(PostgresCollection.Name)]
public sealed class OutboxPurgeOnPostgres(PostgresRabbitHost host) : OutboxPurgeTests(host);
