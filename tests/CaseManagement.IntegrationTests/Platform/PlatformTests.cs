using System.Net;
using System.Text.Json;
using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Directory.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using CaseManagement.BuildingBlocks.Security;

namespace CaseManagement.IntegrationTests.Platform;

/// <summary>Health, API description, problem details, correlation ids and the outbox admin view.</summary>
public abstract class PlatformTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        client = await host.ClientForAsync(Roles.Admin);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Liveness_and_readiness_report_every_module_database_and_the_bus()
    {
        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.ReadJsonAsync();
        Assert.True(report.GetProperty("status").GetString() == "Healthy", report.ToString());
        var checks = report.GetProperty("checks").EnumerateObject().Select(c => c.Name).ToList();
        Assert.Equal(["db-cases", "db-directory", "db-identity", "db-reporting", "db-support", "error-queues", "masstransit-bus", "outbox", "reporting-projection"],
            checks.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Publishes_an_OpenAPI_document_and_a_browsable_reference()
    {
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/directory/units", paths);
        Assert.Contains("/api/directory/units/import", paths);
        Assert.Contains("/api/directory/units/{code}", paths);

        using var reference = await client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("text/html", reference.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_says_which_fields_are_optional_text_times_or_codes()
    {
        var schemas = (await client.GetJsonAsync("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");
        var assessment = schemas.GetProperty("InitialAssessmentRequest");
        var harm = assessment.GetProperty("properties").GetProperty("harm");
        Assert.Equal(["Low", "Medium", "High"], harm.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["null", "string"], harm.GetProperty("type").EnumerateArray().Select(v => v.GetString()).Order());
        Assert.False(assessment.TryGetProperty("required", out var required) && required.EnumerateArray().Any(r => r.GetString() == "occurredAt"));
        var needs = schemas.GetProperty("SpecificAssessmentRequest").GetProperty("properties").GetProperty("needs").GetProperty("items");
        Assert.Contains("PsychologicalCare", needs.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));

        var timeline = schemas.GetProperty("TimelineView");
        Assert.Equal(("string", "date-time"), (timeline.GetProperty("properties").GetProperty("at").GetProperty("type").GetString(),
            timeline.GetProperty("properties").GetProperty("at").GetProperty("format").GetString()));
        Assert.Equal("string", timeline.GetProperty("properties").GetProperty("action").GetProperty("type").GetString());
        Assert.DoesNotContain("detail", timeline.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        // No field is left without a description of what it holds.
        Assert.DoesNotContain(schemas.EnumerateObject().SelectMany(s => s.Value.TryGetProperty("properties", out var p) ? p.EnumerateObject() : []),
            p => p.Value.ValueKind == JsonValueKind.Object && !p.Value.EnumerateObject().Any());
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_document_in_Vietnamese_by_default()
    {
        using var response = await client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Không tìm thấy.", problem.GetProperty("title").GetString());

        using var anonymous = host.CreateClient();
        using var unauthorized = await anonymous.GetAsync("/api/directory/units");
        Assert.Equal("Cần đăng nhập để dùng chức năng này.", (await unauthorized.ReadJsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var anonymous = host.CreateClient();
        foreach (var path in new[] { "/health/live", "/api/directory/units", "/account/sign-in", "/api/nothing-here" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.True(!path.StartsWith("/api", StringComparison.Ordinal) || response.Headers.CacheControl?.NoStore == true, path);
        }

        using var answer = await client.GetAsync("/api/directory/units");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(answer.Headers.CacheControl?.NoStore, "an API answer is never stored by a browser or proxy");
    }

    [Fact]
    public async Task An_address_too_long_is_answered_with_problem_details_in_the_callers_language()
    {
        using var response = await client.GetAsync("/api/cases?childName=" + new string('a', 9000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("uri_too_long", (await response.ReadJsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Echoes_the_callers_correlation_id_or_makes_one()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory/units/missing");
        request.Headers.Add("X-Correlation-Id", "hotline-111-call-42");
        using var given = await client.SendAsync(request);
        Assert.Equal("hotline-111-call-42", given.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Equal("hotline-111-call-42", (await given.ReadJsonAsync()).GetProperty("correlationId").GetString());

        using var made = await client.GetAsync("/health/live");
        Assert.True(Guid.TryParse(made.Headers.GetValues("X-Correlation-Id").Single(), out _));
    }

    [Fact]
    public async Task A_row_that_cannot_be_published_is_parked_shown_and_can_be_released()
    {
        var rowId = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DirectoryDbContext>();
            db.AddIntegrationEvent(new { Note = "no such type" }, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            var row = await db.OutboxMessages.SingleAsync();
            await db.OutboxMessages.Where(m => m.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Type, "CaseManagement.Gone.Event, CaseManagement.Gone"));
            return row.Id;
        });

        Assert.Equal(0, await host.DrainOutboxAsync());

        var statuses = await (await client.GetAsync("/api/admin/outbox")).ReadAsync<List<OutboxStatus>>();
        var directory = statuses.Single(s => s.Module == "directory");
        Assert.Equal(1, directory.Parked);
        var parked = directory.ParkedRows.Single();
        Assert.Equal(rowId, parked.Id);
        Assert.Contains("CaseManagement.Gone.Event", parked.LastError, StringComparison.Ordinal);

        var health = await client.GetJsonAsync("/health/ready");
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());

        using var released = await client.PostAsync($"/api/admin/outbox/directory/{rowId}/release", null);
        Assert.Equal(HttpStatusCode.NoContent, released.StatusCode);
        var after = (await (await client.GetAsync("/api/admin/outbox")).ReadAsync<List<OutboxStatus>>()).Single(s => s.Module == "directory");
        Assert.Equal((0, 1), (after.Parked, after.Pending));

        using var unknown = await client.PostAsync($"/api/admin/outbox/directory/{rowId + 1000}/release", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(JsonValueKind.String, (await unknown.ReadJsonAsync()).GetProperty("detail").ValueKind);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlatformOnSqlite(SqliteHost host) : PlatformTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PlatformOnPostgres(PostgresRabbitHost host) : PlatformTests(host);
