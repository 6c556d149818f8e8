using System.Net;
using System.Text;
using System.Text.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Persistence;
using CaseManagement.Identity.Persistence;
using CaseManagement.IntegrationTests.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.IntegrationTests.Support;
using CaseManagement.Reporting.Persistence;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Hardening;

/// <summary>
/// Hundreds of malformed requests, made from a valid request of each kind of write (<see cref="BadInputs"/>),
/// sent as the role that may make it: each is refused with a 400 ProblemDetails, none answers 5xx, and
/// nothing is stored.
/// </summary>
public abstract class BadInputBatteryTests(CaseManagementHost host) : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> clients = [];
    private Guid caseId;

    public async Task InitializeAsync()
    {
        await SupportScenario.PrepareAsync(host);
        foreach (var (role, unit) in new[]
                 {
                     (Roles.SocialWorker, "21484"), (Roles.CommuneChair, "21484"), (Roles.PoliceLiaison, "21484"), (Roles.ServiceProvider, "21484"),
                     (Roles.Admin, "51"), (Roles.Manager, "535"),
                 })
        {
            clients[role] = await host.ClientForAsync(role, unit);
        }

        caseId = await SupportScenario.CaseInPlanningAsync(host, clients[Roles.SocialWorker]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Hundreds_of_malformed_requests_are_each_refused_with_a_field_error_and_none_stores_anything()
    {
        var templates = Templates();
        foreach (var (role, path, body) in templates)
        {
            using var original = await SendAsync(role, path, body);
            Assert.True(original.StatusCode != HttpStatusCode.BadRequest, $"the valid request to {path} was refused: {await original.Content.ReadAsStringAsync()}");
        }

        var stored = await CountStoredAsync();
        var sent = 0;
        var failures = new List<string>();
        foreach (var (role, path, body) in templates)
        {
            foreach (var (what, bad) in BadInputs.From(body))
            {
                sent++;
                using var response = await SendAsync(role, path, bad);
                var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
                if (response.StatusCode != HttpStatusCode.BadRequest || !problem)
                {
                    failures.Add($"{path} {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        foreach (var from in new[] { "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+07:00", "2026-02-30T00:00:00Z", "tomorrow" })
        {
            sent++;
            using var response = await clients[Roles.SocialWorker].GetAsync($"/api/directory/calendar/deadline?from={Uri.EscapeDataString(from)}&workingDays=5");
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"deadline from {from}: {(int)response.StatusCode}");
            }
        }

        Assert.True(sent >= 400, $"only {sent} malformed requests were made");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} not refused as they should be:\n" + string.Join('\n', failures.Take(40)));
        Assert.Equal(stored, await CountStoredAsync());
    }

    private List<(string Role, string Path, string Body)> Templates()
    {
        var other = Guid.NewGuid();
        var report = CasesScenario.Report(receivedAt: "2026-11-20T09:00:00+07:00");
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("O"); // The emergency is decided after the assessment that called for it.
        return
        [
            (Roles.SocialWorker, "/api/cases", JsonSerializer.Serialize(report with { Incident = report.Incident! with { OccurredOn = "2026-11-19" } }, HttpExtensions.Json)),
            (Roles.SocialWorker, $"/api/cases/{caseId}/conference",
                """{"version":99,"heldOn":"2026-11-21","participants":"UBND, trưởng thôn","notes":"Họp tại nhà văn hóa","needsAgreed":["FamilyCounselling"]}"""),
            (Roles.SocialWorker, $"/api/support/cases/{caseId}/monitoring",
                """{"visitedOn":"2026-11-25","kind":"HomeVisit","observations":"Cháu đã đi học lại","situation":"Improving"}"""),
            (Roles.SocialWorker, $"/api/support/cases/{caseId}/plans",
                """{"version":null,"objectives":"Cháu an toàn","items":[{"serviceType":"FamilyCounselling","description":"Tư vấn cho cha","responsibleOrganisationId":null,"responsiblePerson":"Cán bộ xã","providerOrganisationId":null,"startOn":"2026-11-24","expectedEndOn":"2026-12-20","estimatedCostVnd":500000}]}"""),
            (Roles.SocialWorker, $"/api/support/plans/{other}/review",
                """{"version":1,"reviewedOn":"2026-11-25","harmStillSerious":"Low","abuserCanReachChild":"Low","careObstacles":"Medium","childCapacity":"High","recommendation":"Close","findings":"Ổn định","participants":"Gia đình"}"""),
            (Roles.CommuneChair, $"/api/support/cases/{caseId}/emergency",
                $$"""{"decidedAt":"{{now}}","decisionNumber":"1/QĐ-UBND","measures":[{"kind":"PoliceCalled","takenAt":"2026-11-21T08:30","note":"Công an đến ngay"}]}"""),
            (Roles.CommuneChair, $"/api/support/cases/{other}/separations",
                """{"decisionNumber":"2/QĐ-UBND","decidedAt":"2026-11-21T08:00","startedAt":"2026-11-21T09:00","placement":"TemporaryCarer","facilityOrganisationId":null,"carer":{"fullName":"Hồ Văn Lâm","relationship":"Chú ruột","address":"Tổ 2","phone":"0912 000 111"}}"""),
            (Roles.CommuneChair, $"/api/support/separations/{other}/extension",
                """{"version":1,"authority":"Tòa án nhân dân huyện Ba Tơ","decisionNumber":"3/QĐ-TA","extendedTo":"2026-12-30"}"""),
            (Roles.CommuneChair, $"/api/support/separations/{other}/end",
                """{"version":1,"reason":"HomeAssessedSafe","endedAt":"2026-11-25T08:00","note":"Nhà an toàn"}"""),
            (Roles.ServiceProvider, $"/api/support/service-referrals/{other}/deliveries", """{"version":1,"deliveredOn":"2026-11-25","note":"Buổi 1"}"""),
            (Roles.ServiceProvider, $"/api/support/service-referrals/{other}/completion",
                """{"version":1,"completedOn":"2026-11-26","actualCostVnd":400000,"outcome":"Cháu ổn định"}"""),
            (Roles.PoliceLiaison, $"/api/police/referrals/{other}/progress",
                """{"version":1,"transferredToInvestigationAt":"2026-11-21T10:00","forensicOrderedAt":"2026-11-21T11:00","forensicConcludedAt":null,"outcome":"InvestigationOpened","outcomeOn":"2026-11-22","policeReference":"22/CAX"}"""),
            (Roles.Admin, "/api/directory/organisations",
                """{"name":"Trạm Y tế thị trấn Ba Tơ","type":"HealthFacility","unitCode":"21484","servedUnitCodes":null,"address":"Ba Tơ","phone":"0255 3863 000","email":null,"contactPerson":"Bác sĩ Hòa","hours":"7:00–17:00","activeFrom":"2025-01-01","activeTo":null,"services":[{"id":null,"type":"MedicalCare","name":"Khám bệnh","eligibilityNotes":null,"capacity":10,"available24x7":false,"active":true}],"version":null}"""),
            (Roles.Admin, "/api/identity/users",
                """{"userName":"battery.user","fullName":"Người Dùng Thử","unitCode":"21484","roles":["Collaborator"],"password":"Battery@Pass1"}"""),
            (Roles.Manager, "/api/reporting/rounds",
                $$"""{"reference":"12/SYT","title":"Báo cáo công tác trẻ em","dueAt":"{{DateTimeOffset.UtcNow.AddDays(3):O}}","evidenceRequired":false,"period":"2026-H1","indicators":["0101"],"points":[{"title":"Kết quả thực hiện","guidance":null,"units":null}],"recipients":null}"""),
        ];
    }

    private async Task<HttpResponseMessage> SendAsync(string role, string path, string body) =>
        await clients[role].PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>How many rows every table a malformed request could have written to holds.</summary>
    private Task<string> CountStoredAsync() => host.InScopeAsync(async sp =>
    {
        var cases = sp.GetRequiredService<CasesDbContext>();
        var support = sp.GetRequiredService<SupportInterventionsDbContext>();
        var directory = sp.GetRequiredService<DirectoryDbContext>();
        var identity = sp.GetRequiredService<IdentityDbContext>();
        var reporting = sp.GetRequiredService<ReportingDbContext>();
        int[] counts =
        [
            await cases.Cases.CountAsync(), await cases.Reports.CountAsync(), await cases.Children.CountAsync(), await cases.Referrals.CountAsync(),
            await cases.OutboxMessages.CountAsync(), await support.Plans.CountAsync(), await support.Visits.CountAsync(), await support.Separations.CountAsync(),
            await support.Emergencies.CountAsync(), await support.Reviews.CountAsync(), await support.OutboxMessages.CountAsync(),
            await directory.Organisations.CountAsync(), await directory.Staff.CountAsync(), await identity.Users.CountAsync(), await reporting.Rounds.CountAsync(),
        ];
        return string.Join(',', counts);
    });
}

[Collection(SqliteCollection.Name)]
public sealed class BadInputBatteryOnSqlite(SqliteHost host) : BadInputBatteryTests(host);

[Collection(PostgresCollection.Name)]
public sealed class BadInputBatteryOnPostgres(PostgresRabbitHost host) : BadInputBatteryTests(host);
