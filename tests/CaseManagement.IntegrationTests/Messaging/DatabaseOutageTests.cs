using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Persistence;
using CaseManagement.IntegrationTests.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.IntegrationTests.Reporting;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using CaseManagement.SupportInterventions.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Messaging;

/// <summary>
/// The database blinks while the modules consume: every message waits out the outage (retried,
/// never sent to an _error queue) and is applied once when the database is back. Runs with the
/// other server tests, one at a time, on a PostgreSQL of its own that it stops for 30 seconds.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseOutageTests(OutageHost host) : IClassFixture<OutageHost>
{
    private const int Reports = 300;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Hundreds_of_reports_consumed_while_the_database_is_down_for_30_seconds_are_each_counted_once()
    {
        await ReportingScenario.PrepareAsync(host);
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var manager = await host.ClientForAsync(Roles.Manager, "51");
        var first = CasesScenario.Report(receivedAt: "2026-06-01T09:00:00+07:00");
        var received = await CasesScenario.ReceiveAsync(worker, first with { Incident = first.Incident! with { OccurredOn = "2026-06-01" } });
        await host.DrainOutboxAsync();
        var template = await Eventually.ValueAsync(() => host.InScopeAsync(async sp =>
        {
            var logged = await sp.GetRequiredService<ReportingDbContext>().EventLog.AsNoTracking()
                .FirstOrDefaultAsync(e => e.EventType.EndsWith(".CaseReported"));
            return logged is null ? null : (CaseReported?)ReportingEvents.Read(logged.EventType, logged.Payload);
        }), "Reporting logged the first report");

        var bus = host.Services.GetRequiredService<IBus>();
        var backlog = Enumerable.Range(0, Reports).Select(_ => template with { CaseId = Guid.NewGuid() }).ToList();
        await host.StopDatabaseAsync();
        try
        {
            // The broker holds the backlog; every module's consumer meets a database that is not there.
            foreach (var reported in backlog)
            {
                await bus.Publish(reported);
            }

            // Meanwhile people get a complete answer that says to come back, for a read as for a write.
            await UnavailableAsync(worker.GetAsync($"/api/cases/{received.CaseId}"));
            await UnavailableAsync(worker.PostAsJsonAsync("/api/cases", CasesScenario.Report("Lê Văn Bình")));
            await Task.Delay(Outage); // The outage itself, as long as an operator's restart.
            Assert.Equal(0, await host.QueuedAsync("_error"));
        }
        finally
        {
            await host.StartDatabaseAsync();
        }

        var ids = backlog.Select(r => r.CaseId).ToHashSet();
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<SupportInterventionsDbContext>().Cases.CountAsync(c => ids.Contains(c.CaseId))) == Reports,
            "SupportInterventions has a copy of every case", TimeSpan.FromSeconds(120));
        await ReportingScenario.CasesCountedAsync(host, manager, "2026-H1", "51", Reports + 1);
        Assert.Equal(0, await host.QueuedAsync("_error"));
        var parked = await host.InScopeAsync(async sp =>
            await sp.GetRequiredService<ReportingDbContext>().ParkedMessages.CountAsync()
            + await sp.GetRequiredService<SupportInterventionsDbContext>().ParkedMessages.CountAsync()
            + await sp.GetRequiredService<CasesDbContext>().ParkedMessages.CountAsync()
            + await sp.GetRequiredService<ReportingDbContext>().ParkedEvents.CountAsync());
        Assert.Equal(0, parked);
        Assert.Equal(1, await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Cases.CountAsync()));
    }

    private static async Task UnavailableAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("unavailable", problem.GetProperty("code").GetString());
    }
}
