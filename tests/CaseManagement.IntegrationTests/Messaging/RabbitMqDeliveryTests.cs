using System.Net;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.Reporting.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using CaseManagement.BuildingBlocks.Security;

namespace CaseManagement.IntegrationTests.Messaging;

/// <summary>The delivery guarantees on the real broker: outages, redelivery, racing dispatchers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RabbitMqDeliveryTests(PostgresRabbitHost host) : IAsyncLifetime
{
    private HttpClient client = null!;
    private readonly MessageProbe probe = new();
    private readonly List<ConnectHandle> handles = [];

    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        client = await host.ClientForAsync(Roles.Admin);
        var bus = host.Services.GetRequiredService<IBus>();
        handles.Add(bus.ConnectPublishObserver(probe));
        handles.Add(bus.ConnectConsumeObserver(probe));
    }

    public Task DisposeAsync()
    {
        handles.ForEach(h => h.Disconnect());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_event_saved_while_the_broker_is_down_is_delivered_when_it_returns()
    {
        await RabbitMqBroker.StopAsync();
        try
        {
            using var saved = await client.ImportUnitsAsync("code,name,level,parent_code\n51,Tỉnh Quảng Ngãi,province,\n");
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode); // the write does not need the broker

            Assert.Equal(0, await host.DrainOutboxAsync());
            var waiting = (await (await client.GetAsync("/api/admin/outbox")).ReadAsync<List<OutboxStatus>>()).Single(s => s.Module == "directory");
            Assert.Equal((1, 1, 0), (waiting.Pending, waiting.Failing, waiting.Parked));
        }
        finally
        {
            await RabbitMqBroker.StartAsync();
        }

        await Eventually.HoldsAsync(async () => await host.DrainOutboxAsync() == 1, "the waiting row is sent", TimeSpan.FromSeconds(90));
        await Eventually.HoldsAsync(
            () => host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Units.AnyAsync(u => u.Code == "51")),
            "Cases has the province", TimeSpan.FromSeconds(60));
        await Eventually.HoldsAsync(
            () => host.InScopeAsync(sp => sp.GetRequiredService<ReportingDbContext>().Units.AnyAsync(u => u.Code == "51")),
            "Reporting has the province", TimeSpan.FromSeconds(60));
        // Every receive endpoint reconnects on its own schedule: leave the shared host ready for the next test.
        await Eventually.HoldsAsync(
            async () => (await client.GetJsonAsync("/health/ready")).GetProperty("status").GetString() == "Healthy",
            "every endpoint reconnected", TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task A_message_in_an_error_queue_shows_on_health_and_is_sent_back_to_its_queue()
    {
        var bus = host.Services.GetRequiredService<IBus>();
        var errorQueue = await bus.GetSendEndpoint(new Uri("queue:cases-administrative-unit-changed_error"));
        await errorQueue.Send(new AdministrativeUnitChanged(Guid.NewGuid(), "R-ERR", "Thôn Lỗi", UnitLevel.Village, "21025", null, null, [], false, 1, DateTimeOffset.UtcNow));

        var waiting = await Eventually.ValueAsync(async () =>
        {
            var queues = await (await client.GetAsync("/api/admin/error-queues")).ReadAsync<List<ErrorQueue>>();
            return queues.Count > 0 ? queues : null;
        }, "the error queue is seen");
        Assert.Equal([new ErrorQueue("cases-administrative-unit-changed_error", 1)], waiting);
        var health = await client.GetJsonAsync("/health/ready");
        Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("error-queues").GetProperty("status").GetString());

        var returned = await (await client.PostAsync("/api/admin/error-queues/cases-administrative-unit-changed_error/return", null)).ReadJsonAsync();
        Assert.Equal(1, returned.GetProperty("messages").GetInt32());
        await Eventually.HoldsAsync(
            () => host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Units.AnyAsync(u => u.Code == "R-ERR")), "Cases applied the returned message");
        Assert.Empty(await (await client.GetAsync("/api/admin/error-queues")).ReadAsync<List<ErrorQueue>>());
        await client.PostAsync("/api/admin/error-queues/not-ours_error/return", null).ExpectStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_redelivered_message_is_applied_once()
    {
        var messageId = NewId.NextGuid();
        var change = new AdministrativeUnitChanged(Guid.NewGuid(), "535", "Huyện Ba Tơ", UnitLevel.District, "51", null, null, [], false, 1, DateTimeOffset.UtcNow);
        var bus = host.Services.GetRequiredService<IBus>();

        await bus.Publish(change, c => c.MessageId = messageId);
        await bus.Publish(change with { Name = "second delivery must not apply" }, c => c.MessageId = messageId);

        // Two deliveries to each of the four consuming modules (Cases, SupportInterventions, Reporting, Identity).
        await Eventually.HoldsAsync(() => Task.FromResult(probe.Consumed.GetValueOrDefault(messageId) == 8), "both deliveries were consumed by every module");
        var (logged, processed, name) = await host.InScopeAsync(async sp =>
        {
            var reporting = sp.GetRequiredService<ReportingDbContext>();
            var cases = sp.GetRequiredService<CasesDbContext>();
            return (
                await reporting.EventLog.CountAsync(e => e.MessageId == messageId),
                await cases.ProcessedMessages.CountAsync(p => p.MessageId == messageId),
                await cases.Units.Where(u => u.Code == "535").Select(u => u.Name).SingleAsync());
        });
        Assert.Equal((1, 1, "Huyện Ba Tơ"), (logged, processed, name));
    }

    [Fact]
    public async Task Two_dispatchers_racing_send_each_row_exactly_once()
    {
        const int rows = 400;
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DirectoryDbContext>();
            for (var i = 0; i < rows; i++)
            {
                db.AddIntegrationEvent(
                    new AdministrativeUnitChanged(Guid.NewGuid(), $"R{i}", $"Thôn {i}", UnitLevel.Village, "21025", null, null, [], false, 1, DateTimeOffset.UtcNow),
                    DateTimeOffset.UtcNow);
            }

            return await db.SaveChangesAsync();
        });

        // Two independent dispatchers, as two Host instances would have, each with its own connections.
        var first = ActivatorUtilities.CreateInstance<OutboxDispatcher<DirectoryDbContext>>(host.Services);
        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher<DirectoryDbContext>>(host.Services);
        var sent = await Task.WhenAll(DrainAsync(first), DrainAsync(second));

        Assert.Equal(rows, sent.Sum());
        var ids = await host.InScopeAsync(sp => sp.GetRequiredService<DirectoryDbContext>().OutboxMessages
            .Select(m => new { m.Id, m.SentAt }).ToListAsync());
        Assert.All(ids, row => Assert.NotNull(row.SentAt));
        var messageIds = ids.Select(row => OutboxMessageIds.For(DirectoryDbContext.SchemaName, row.Id)).ToList();
        Assert.All(messageIds, id => Assert.Equal(1, probe.Published.GetValueOrDefault(id)));

        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<ReportingDbContext>().EventLog.CountAsync()) == rows,
            "Reporting logged every event once", TimeSpan.FromSeconds(60));
    }

    private static async Task<int> DrainAsync(IOutboxDispatcher dispatcher)
    {
        int total = 0, idle = 0;
        while (idle < 3)
        {
            var sent = await dispatcher.DispatchBatchAsync(ignoreSchedule: true, CancellationToken.None);
            total += sent;
            idle = sent == 0 ? idle + 1 : 0;
            await Task.Yield();
        }

        return total;
    }
}
