using System.Net;
using System.Text.Json.Nodes;
using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Contracts;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.IntegrationTests.Reporting;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Features.Rebuild;
using CaseManagement.Reporting.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Hardening;

/// <summary>
/// No single event stops a module: a message a consumer cannot apply, and a logged event the
/// projector cannot apply, are set aside with their error while the others go on; health says
/// degraded until an administrator has dealt with them.
/// </summary>
public abstract class ParkingTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await ReportingScenario.PrepareAsync(host);
        admin = await host.ClientForAsync(Roles.Admin, "51");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_message_a_consumer_cannot_apply_is_parked_and_the_messages_beside_it_are_applied()
    {
        var bus = host.Services.GetRequiredService<IBus>();
        var bad = NewId.NextGuid();
        // A unit without a name: no module can store it.
        await bus.Publish(Unit("R1", null!), c => c.MessageId = bad);
        await bus.Publish(Unit("R2", "Thôn Hai"));

        await Eventually.HoldsAsync(
            () => host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Units.AnyAsync(u => u.Code == "R2")),
            "Cases applied the good message");
        var cases = await Eventually.ValueAsync(async () =>
        {
            var statuses = await (await admin.GetAsync("/api/admin/outbox")).ReadAsync<List<OutboxStatus>>();
            var status = statuses.Single(s => s.Module == "cases");
            return status.ParkedMessages == 1 ? status : null;
        }, "Cases parked the bad message");
        var parked = Assert.Single(cases.ParkedMessageRows!);
        Assert.Equal(bad, parked.MessageId);
        Assert.Contains("DbUpdateException", parked.Error, StringComparison.Ordinal);
        Assert.Equal("Degraded", (await admin.GetJsonAsync("/health/ready")).GetProperty("status").GetString());

        // Sent back, it fails again for the same reason and is parked again: nothing is lost either way.
        await admin.PostAsync($"/api/admin/outbox/cases/messages/{parked.Id}/retry", null).ExpectStatusAsync(HttpStatusCode.NoContent);
        await Eventually.HoldsAsync(async () =>
        {
            var again = (await (await admin.GetAsync("/api/admin/outbox")).ReadAsync<List<OutboxStatus>>()).Single(s => s.Module == "cases");
            return again.ParkedMessageRows!.SingleOrDefault() is { } row && row.MessageId == bad && row.Id != parked.Id;
        }, "the retried message came back and was parked again");
        await admin.PostAsync("/api/admin/outbox/cases/messages/999999/retry", null).ExpectStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_event_the_projector_cannot_apply_is_parked_and_the_figures_go_on()
    {
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var manager = await host.ClientForAsync(Roles.Manager, "51");
        await ReportingScenario.ReportOnAsync(worker, "2026-06-01", "Nguyễn Văn An", "Male", "2015-03-02", "051215000123", confirmed: false);
        await host.DrainOutboxAsync();
        await Eventually.HoldsAsync(
            () => host.InScopeAsync(sp => sp.GetRequiredService<ReportingDbContext>().EventLog.AnyAsync(e => e.EventType.EndsWith(".CaseReported"))),
            "Reporting logged the report");
        var badLogIds = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReportingDbContext>();
            var reported = await db.EventLog.AsNoTracking().FirstAsync(e => e.EventType.EndsWith(".CaseReported"));
            var outOfCalendar = JsonNode.Parse(reported.Payload)!;
            outOfCalendar["caseId"] = Guid.NewGuid();
            outOfCalendar["receivedAt"] = "9999-12-31T23:00:00+00:00";
            var unreadable = new RecordedEvent(Guid.NewGuid(), reported.EventType, "{\"caseId\": ", DateTimeOffset.UtcNow);
            var late = new RecordedEvent(Guid.NewGuid(), reported.EventType, outOfCalendar.ToJsonString(), DateTimeOffset.UtcNow);
            db.EventLog.AddRange(unreadable, late);
            await db.SaveChangesAsync();
            return new[] { unreadable.Id, late.Id };
        });
        await ReportingScenario.ReportOnAsync(worker, "2026-06-02", "Đinh Thị Hoa", "Female", "2019-01-10", null, confirmed: false);

        await ReportingScenario.CasesCountedAsync(host, manager, "2026-H1", "51", 2);
        var progress = await (await admin.GetAsync("/api/reporting/rebuild")).ReadAsync<ProjectionProgress>();
        Assert.Equal(badLogIds, progress.ParkedEvents.Select(p => p.LogId).Order());
        Assert.Equal(progress.LastEvent, progress.Position);
        Assert.Equal("Degraded", (await admin.GetJsonAsync("/health/ready")).GetProperty("status").GetString());

        // A rebuild replays them in their place; still faulty, they are parked again and the figures are the same.
        await admin.PostAsync("/api/reporting/rebuild", null).ExpectStatusAsync(HttpStatusCode.Accepted);
        await host.ProjectReportingAsync();
        await ReportingScenario.CasesCountedAsync(host, manager, "2026-H1", "51", 2);
        progress = await (await admin.GetAsync("/api/reporting/rebuild")).ReadAsync<ProjectionProgress>();
        Assert.Equal(badLogIds, progress.ParkedEvents.Select(p => p.LogId).Order());
    }

    private static AdministrativeUnitChanged Unit(string code, string name) =>
        new(Guid.NewGuid(), code, name, UnitLevel.Village, "21484", null, null, [], false, 1, DateTimeOffset.UtcNow);
}

[Collection(SqliteCollection.Name)]
public sealed class ParkingOnSqlite(SqliteHost host) : ParkingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ParkingOnPostgres(PostgresRabbitHost host) : ParkingTests(host);
