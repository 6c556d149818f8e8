using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.SupportInterventions.Features.Monitoring;
using CaseManagement.SupportInterventions.Features.Plans;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Support;

/// <summary>What support work writes about a child is sealed where it is stored and read only by those
/// who work the case.</summary>
public abstract class SupportPrivacyTests(CaseManagementHost host) : SupportTests(host)
{
    [Fact]
    public async Task Plans_and_observations_are_sealed_at_rest_and_read_only_by_those_who_work_the_case()
    {
        var caseId = await SupportScenario.CaseInPlanningAsync(Host, Worker);
        var item = new PlanItemRequest("FamilyCounselling", "Tư vấn cho cha của cháu Nguyễn Văn An", null, "Cán bộ xã", null, "2026-11-24", "2026-12-20", 0);
        var plan = await Worker.PostAsJsonAsync($"/api/support/cases/{caseId}/plans", new PlanDraftRequest(null, "Cháu An hết sợ hãi.", [item]))
            .ExpectAsync<PlanResponse>(HttpStatusCode.Created);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd");
        await Worker.PostAsJsonAsync($"/api/support/cases/{caseId}/monitoring", new MonitoringRequest(today, "HomeVisit", "Cháu An còn sợ cha.", "Concern"))
            .ExpectAsync<MonitoringResponse>(HttpStatusCode.OK);

        var stored = await Host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SupportInterventionsDbContext>();
            var versions = await db.Set<CaseManagement.SupportInterventions.Domain.PlanVersion>().AsNoTracking().Select(v => v.ObjectivesSealed).ToListAsync();
            var items = await db.Set<CaseManagement.SupportInterventions.Domain.PlanItem>().AsNoTracking().Select(i => i.DescriptionSealed).ToListAsync();
            var visits = await db.Visits.AsNoTracking().Select(v => v.ObservationsSealed).ToListAsync();
            return versions.Concat(items).Concat(visits).ToList();
        });
        Assert.Equal(3, stored.Count);
        // Sealed text is base64: no space or Vietnamese letter of the plain text can appear in it (a bare "An" can, by chance).
        Assert.All(stored, text => Assert.DoesNotContain(" An", text, StringComparison.Ordinal));
        Assert.All(stored, text => Assert.DoesNotContain("Cháu", text, StringComparison.Ordinal));

        var read = await (await Worker.GetAsync($"/api/support/plans/{plan.Id}")).ReadAsync<PlanResponse>();
        Assert.Equal(("Cháu An hết sợ hãi.", "Tư vấn cho cha của cháu Nguyễn Văn An"), (read.Versions[0].Objectives, read.Versions[0].Items[0].Description));
        var visits = await (await Chair.GetAsync($"/api/support/cases/{caseId}/monitoring")).ReadAsync<List<MonitoringResponse>>();
        Assert.Equal("Cháu An còn sợ cha.", Assert.Single(visits).Observations);

        foreach (var role in new[] { Roles.Manager, Roles.HotlineOperator })
        {
            using var other = await Host.ClientForAsync(role, "51");
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/support/plans/{plan.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/support/cases/{caseId}/monitoring")).StatusCode);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SupportPrivacyOnSqlite(SqliteHost host) : SupportPrivacyTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SupportPrivacyOnPostgres(PostgresRabbitHost host) : SupportPrivacyTests(host);
