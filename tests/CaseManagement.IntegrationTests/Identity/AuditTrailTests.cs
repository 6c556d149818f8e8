using System.Net;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Identity.Audit;
using CaseManagement.Identity.Domain;
using CaseManagement.Identity.Features.AuditTrail;
using CaseManagement.Identity.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Identity;

/// <summary>Every access to an audited record leaves a trace; the trace is chained and a change to
/// it is detected.</summary>
public abstract class AuditTrailTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient admin = null!;
    private Guid worker;

    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await IdentityScenario.LoadUnitsAsync(host);
        admin = await host.ClientForAsync(Roles.Admin, "535");
        worker = await IdentityScenario.CreateUserAsync(host, Roles.SocialWorker, "21484");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Reads_are_recorded_with_who_what_outcome_and_correlation_and_so_are_refusals()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/identity/users/{worker}");
        request.Headers.Add("X-Correlation-Id", "audit-read-1");
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(request)).StatusCode);
        using var socialWorker = await host.ClientForAsync(Roles.SocialWorker, "535");
        Assert.Equal(HttpStatusCode.Forbidden, (await socialWorker.GetAsync($"/api/identity/users/{worker}")).StatusCode);

        using var read = await admin.GetAsync($"/api/identity/audit/resources/user/{worker}");
        Assert.True(read.IsSuccessStatusCode, await read.Content.ReadAsStringAsync());
        var history = await read.ReadAsync<PagedResponse<AuditEntryResponse>>();
        var entries = history.Items.OrderBy(e => e.Id).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(("read", "success", 200, "audit-read-1"), (entries[0].Action, entries[0].Outcome, entries[0].StatusCode, entries[0].CorrelationId));
        Assert.StartsWith("test.admin.535.", entries[0].UserName, StringComparison.Ordinal);
        Assert.Equal(("read", "denied", 403), (entries[1].Action, entries[1].Outcome, entries[1].StatusCode));
        Assert.StartsWith("test.socialworker.535.", entries[1].UserName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_takes_a_range_of_time_both_ends_included()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/identity/users/{worker}")).StatusCode);
        var after = DateTimeOffset.UtcNow.AddSeconds(1);
        string Range(DateTimeOffset from, DateTimeOffset to) =>
            $"/api/identity/audit?action=read&resourceType=user&from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}";

        var within = await (await admin.GetAsync(Range(before, after))).ReadAsync<PagedResponse<AuditEntryResponse>>();
        Assert.Contains(within.Items, e => e.ResourceId == worker.ToString());
        var earlier = await (await admin.GetAsync(Range(before.AddHours(-2), before.AddHours(-1)))).ReadAsync<PagedResponse<AuditEntryResponse>>();
        Assert.DoesNotContain(earlier.Items, e => e.ResourceId == worker.ToString());
    }

    [Fact]
    public async Task An_administrator_below_the_province_sees_the_audit_of_the_accounts_of_its_area_only()
    {
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/identity/users/{worker}")).StatusCode); // by the district's administrator
        using var commune = await host.ClientForAsync(Roles.Admin, "21025");
        using var province = await host.ClientForAsync(Roles.Admin, "51");

        var seenByCommune = await (await commune.GetAsync($"/api/identity/audit/resources/user/{worker}")).ReadAsync<PagedResponse<AuditEntryResponse>>();
        Assert.Empty(seenByCommune.Items);
        Assert.DoesNotContain((await (await commune.GetAsync("/api/identity/audit")).ReadAsync<PagedResponse<AuditEntryResponse>>()).Items,
            e => e.UserName?.StartsWith("test.admin.535.", StringComparison.Ordinal) == true);
        var seenByProvince = await (await province.GetAsync($"/api/identity/audit/resources/user/{worker}")).ReadAsync<PagedResponse<AuditEntryResponse>>();
        Assert.Contains(seenByProvince.Items, e => e.UserName?.StartsWith("test.admin.535.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Concurrent_requests_share_audit_writes_yet_each_is_recorded_once_before_it_is_answered()
    {
        var correlations = Enumerable.Range(0, 40).Select(i => $"audit-burst-{i}").ToList();
        var answers = await Task.WhenAll(correlations.Select(async id =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/identity/users/{worker}");
            request.Headers.Add("X-Correlation-Id", id);
            using var response = await admin.SendAsync(request);
            return response.StatusCode;
        }));
        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));

        var recorded = await host.InScopeAsync(sp => sp.GetRequiredService<IdentityDbContext>().AuditEntries
            .Where(e => e.CorrelationId != null && e.CorrelationId.StartsWith("audit-burst-")).Select(e => e.CorrelationId!).ToListAsync());
        Assert.Equal(correlations.Order(), recorded.Order());
        Assert.True((await host.InScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None))).Intact);
    }

    [Fact]
    public async Task A_refused_audit_entry_fails_its_own_request_only_and_the_writer_goes_on()
    {
        var writer = host.Services.GetRequiredService<AuditBatchWriter>();
        var unnamed = AuditEntry.Record(DateTimeOffset.UtcNow, null, null, null!, "user", null, AuditOutcomes.Success, 200, null, "audit-fails");
        await Assert.ThrowsAsync<DbUpdateException>(() => writer.WriteAsync(unnamed));

        await writer.WriteAsync(AuditEntry.Record(DateTimeOffset.UtcNow, null, null, "read", "user", null, AuditOutcomes.Success, 200, null, "audit-after-failure"));
        Assert.Equal(1, await host.InScopeAsync(sp => sp.GetRequiredService<IdentityDbContext>().AuditEntries.CountAsync(e => e.CorrelationId == "audit-after-failure")));

        // Queued together with good entries, the refused one fails alone.
        var writes = Enumerable.Range(0, 20)
            .Select(i => writer.WriteAsync(AuditEntry.Record(DateTimeOffset.UtcNow, null, null, "read", "user", null, AuditOutcomes.Success, 200, null, "audit-beside-failure")))
            .Append(writer.WriteAsync(AuditEntry.Record(DateTimeOffset.UtcNow, null, null, null!, "user", null, AuditOutcomes.Success, 200, null, "audit-fails")))
            .ToList();
        await Assert.ThrowsAsync<DbUpdateException>(() => writes[^1]);
        await Task.WhenAll(writes[..^1]);
        Assert.Equal(20, await host.InScopeAsync(sp => sp.GetRequiredService<IdentityDbContext>().AuditEntries.CountAsync(e => e.CorrelationId == "audit-beside-failure")));
    }

    [Fact]
    public async Task The_chain_verifies_and_a_changed_entry_is_reported_as_the_first_broken_link()
    {
        for (var i = 0; i < 5; i++)
        {
            await admin.GetAsync($"/api/identity/users/{worker}");
        }

        var intact = await (await admin.GetAsync("/api/identity/audit/verify")).ReadAsync<AuditVerification>();
        Assert.True(intact.Intact);
        Assert.True(intact.EntriesChecked >= 5);

        var tampered = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IdentityDbContext>();
            var third = await db.AuditEntries.Where(e => e.ChainIndex == 3).Select(e => e.Id).SingleAsync();
            await db.AuditEntries.Where(e => e.Id == third).ExecuteUpdateAsync(set => set.SetProperty(e => e.UserName, "someone.else"));
            return third;
        });
        var broken = await (await admin.GetAsync("/api/identity/audit/verify")).ReadAsync<AuditVerification>();
        Assert.False(broken.Intact);
        Assert.Equal(tampered, broken.FirstBrokenLink!.EntryId);
        Assert.Equal("content changed after sealing", broken.FirstBrokenLink.Reason);
    }

    [Fact]
    public async Task A_backlog_larger_than_one_batch_is_sealed_in_one_pass_and_chains_in_order()
    {
        const int waiting = 1_234;   // two full batches of 500 and a partial one
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IdentityDbContext>();
            var at = DateTimeOffset.UtcNow;
            db.AuditEntries.AddRange(Enumerable.Range(0, waiting).Select(i =>
                AuditEntry.Record(at, "backlog", "backlog", "read", "case", $"backlog-{i}", "success", 200, null, null)));
            return await db.SaveChangesAsync();
        });

        var sealedNow = await host.InScopeAsync(sp => sp.GetRequiredService<AuditSealer>().SealPendingAsync(CancellationToken.None));

        Assert.True(sealedNow >= waiting, $"sealed {sealedNow} of at least {waiting}");
        var verification = await host.InScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None));
        Assert.Equal((true, 0L), (verification.Intact, verification.Unsealed));
        var order = await host.InScopeAsync(sp => sp.GetRequiredService<IdentityDbContext>().AuditEntries
            .Where(e => e.UserId == "backlog").OrderBy(e => e.Id).Select(e => e.ChainIndex!.Value).ToListAsync());
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task A_removed_entry_breaks_the_chain_at_its_successor()
    {
        for (var i = 0; i < 4; i++)
        {
            await admin.GetAsync($"/api/identity/users/{worker}");
        }

        await host.InScopeAsync(sp => sp.GetRequiredService<AuditSealer>().SealPendingAsync(CancellationToken.None));
        var successor = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IdentityDbContext>();
            await db.AuditEntries.Where(e => e.ChainIndex == 2).ExecuteDeleteAsync();
            return await db.AuditEntries.Where(e => e.ChainIndex == 3).Select(e => e.Id).SingleAsync();
        });
        var broken = await host.InScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None));
        Assert.Equal((successor, "missing entry before this one"), (broken.FirstBrokenLink!.EntryId, broken.FirstBrokenLink.Reason));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditTrailOnSqlite(SqliteHost host) : AuditTrailTests(host);

[Collection(PostgresCollection.Name)]
public sealed class AuditTrailOnPostgres(PostgresRabbitHost host) : AuditTrailTests(host);
