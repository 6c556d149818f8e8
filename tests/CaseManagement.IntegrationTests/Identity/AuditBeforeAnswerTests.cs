using System.Net;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Features.ManageUsers;
using CaseManagement.IntegrationTests.Infrastructure;
using Npgsql;

namespace CaseManagement.IntegrationTests.Identity;

/// <summary>The audit entry is written before the answer leaves: when it cannot be written, a read is
/// not served and a write's caller still learns, completely, what happened.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AuditBeforeAnswerTests(PostgresRabbitHost host) : IAsyncLifetime
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
    public async Task Without_an_audit_trail_a_read_is_refused_whole_and_a_write_is_answered_whole()
    {
        await AuditTableAsync("AuditEntries", "AuditEntriesAway");
        try
        {
            using var read = await admin.GetAsync($"/api/identity/users/{worker}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
            Assert.NotNull(read.Headers.RetryAfter);
            var problem = await read.ReadJsonAsync();
            Assert.Equal("unavailable", problem.GetProperty("code").GetString());
            Assert.DoesNotContain("test.socialworker", problem.ToString(), StringComparison.Ordinal);

            using var write = await admin.PostAsync($"/api/identity/users/{worker}/lock", null);
            Assert.Equal(HttpStatusCode.OK, write.StatusCode);
            Assert.True((await write.ReadAsync<UserResponse>()).LockedOut);
        }
        finally
        {
            await AuditTableAsync("AuditEntriesAway", "AuditEntries");
        }

        using var served = await admin.GetAsync($"/api/identity/users/{worker}");
        Assert.True((await served.ReadAsync<UserResponse>()).LockedOut);
    }

    private async Task AuditTableAsync(string from, string to)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var rename = new NpgsqlCommand($"ALTER TABLE identity.\"{from}\" RENAME TO \"{to}\"", connection);
        await rename.ExecuteNonQueryAsync();
    }
}
