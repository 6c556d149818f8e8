using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.IntegrationTests.Cases.NewCaseRows;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>New cases opened at the same time are numbered per commune without gaps and saved
/// whole; one that cannot be saved fails alone and gives its number back.</summary>
public abstract class NewCaseWriterTests(CaseManagementHost host) : IAsyncLifetime
{
    public Task InitializeAsync() => host.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Cases_opened_together_are_numbered_per_commune_without_gaps_and_one_that_fails_gives_its_number_back()
    {
        var writer = host.Services.GetRequiredService<NewCaseWriter>();
        var communes = Enumerable.Range(0, 16).Select(i => i % 4 == 3 ? "21487" : "21484").ToList();
        var ids = communes.Select(_ => Guid.NewGuid()).ToList();
        // The sixth case holds its child twice: its rows cannot be inserted, whatever batch it is in.
        var opens = communes.Select((commune, i) => writer.OpenAsync(Opening(ids[i], commune, broken: i == 5))).ToList();

        await Assert.ThrowsAnyAsync<Exception>(() => opens[5]);
        var numbers = await Task.WhenAll(opens.Where((_, i) => i != 5));

        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"21484-2026-{n:0000}"), numbers.Where(n => n.StartsWith("21484-", StringComparison.Ordinal)).Order());
        Assert.Equal(Enumerable.Range(1, 4).Select(n => $"21487-2026-{n:0000}"), numbers.Where(n => n.StartsWith("21487-", StringComparison.Ordinal)).Order());
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            var saved = await db.Cases.AsNoTracking().Select(c => new { c.Id, c.Number }).ToListAsync();
            Assert.Equal(ids.Where((_, i) => i != 5).Order(), saved.Select(c => c.Id).Order());
            Assert.Equal(numbers.Order(), saved.Select(c => c.Number).Order());
            Assert.Equal(15, await db.Children.CountAsync());
            Assert.Equal(15, await db.OutboxMessages.CountAsync());
            return 0;
        });
    }

    [Fact]
    public async Task Numbers_asked_for_together_follow_each_communes_counter_in_the_order_asked()
    {
        var numbers = await host.InScopeAsync(async sp =>
        {
            var counter = sp.GetRequiredService<CaseNumbers>();
            var first = await counter.NextAsync([("21487", 2026), ("21484", 2026), ("21487", 2026), ("21487", 2027)], CancellationToken.None);
            var then = await counter.NextAsync([("21484", 2026), ("21487", 2026)], CancellationToken.None);
            return first.Concat(then).ToList();
        });

        Assert.Equal(["21487-2026-0001", "21484-2026-0001", "21487-2026-0002", "21487-2027-0001", "21484-2026-0002", "21487-2026-0003"], numbers);
    }

    /// <summary>A case of one new child, not numbered yet, and its report's event.</summary>
    private static NewCase Opening(Guid caseId, string commune, bool broken)
    {
        var child = NewChild(commune);
        var opened = NewCase(child.Id, caseId, commune, number: "");
        var reported = new CaseReported(
            caseId, "", commune, opened.Reports.Single().Id, ReportChannel.Hotline111, At, opened.Incident.ToFacts(), [], At);
        return new NewCase(opened, 2026, broken ? [child, NewChild(commune, child.Id), opened] : [child, opened], reported, [], null);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NewCaseWriterOnSqlite(SqliteHost host) : NewCaseWriterTests(host);

[Collection(PostgresCollection.Name)]
public sealed class NewCaseWriterOnPostgres(PostgresRabbitHost host) : NewCaseWriterTests(host);
