using System.Net;
using System.Net.Http.Json;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.SupportInterventions.Features.Plans;
using CaseManagement.SupportInterventions.Features.Referrals;
using static CaseManagement.IntegrationTests.Support.SupportScenario;

namespace CaseManagement.IntegrationTests.Support;

/// <summary>An approved plan's items go to their providers: each provider sees only its own referrals,
/// answers them and reports delivery and completion; the social worker follows every item.</summary>
public abstract class ServiceReferralTests(CaseManagementHost host) : SupportTests(host)
{
    [Fact]
    public async Task Providers_see_only_their_referrals_answer_deliver_and_complete_while_the_worker_follows_each_item()
    {
        var caseId = await CaseInPlanningAsync(Host, Worker);
        var (station, stationStaff) = await ProviderAsync(Host, "Trạm Y tế thị trấn Ba Tơ", "HealthFacility", "21484", "MedicalCare", "PsychologicalCare");
        var (school, schoolStaff) = await ProviderAsync(Host, "Trường Tiểu học Ba Tơ", "School", "21484", "EducationSupport");

        using var unknown = await Worker.PostAsJsonAsync($"/api/support/cases/{caseId}/plans", Plan(Guid.NewGuid(), school));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("items[0].providerOrganisationId", (await unknown.ReadJsonAsync()).Errors().Keys);
        using var wrongService = await Worker.PostAsJsonAsync($"/api/support/cases/{caseId}/plans", Plan(school, school));
        var wrong = (await wrongService.ReadJsonAsync()).Errors();
        Assert.Equal(["Trường Tiểu học Ba Tơ chưa đăng ký cung cấp dịch vụ này trong danh mục."], wrong["items[0].providerOrganisationId"]);

        var plan = await Worker.PostAsJsonAsync($"/api/support/cases/{caseId}/plans", Plan(station, school)).ExpectAsync<PlanResponse>(HttpStatusCode.Created);
        plan = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/submission", new PlanStepRequest(plan.Version)).ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        using (var before = await stationStaff.GetAsync("/api/support/service-referrals"))
        {
            Assert.Empty(await before.ReadAsync<List<ReferralResponse>>());
        }

        plan = await Chair.PostAsJsonAsync($"/api/support/plans/{plan.Id}/decision", new PlanDecisionRequest(plan.Version, true, "20/QĐ-UBND", null))
            .ExpectAsync<PlanResponse>(HttpStatusCode.OK);

        // The item kept by a person is not sent; each provider sees only its own referral.
        var sent = await Referrals(Worker, $"/api/support/cases/{caseId}/referrals");
        Assert.Equal([("EducationSupport", "Pending"), ("PsychologicalCare", "Pending")], sent.Select(r => (r.ServiceType, r.Status)));
        var therapy = Assert.Single(await Referrals(stationStaff, "/api/support/service-referrals"));
        Assert.Equal(("Trạm Y tế thị trấn Ba Tơ", "Chờ tiếp nhận", 1_500_000L), (therapy.ProviderName, therapy.StatusName, therapy.EstimatedCostVnd));
        Assert.Equal(sent[1].CaseNumber, therapy.CaseNumber);
        var tutoring = Assert.Single(await Referrals(schoolStaff, "/api/support/service-referrals"));
        using (var foreign = await schoolStaff.GetAsync($"/api/support/service-referrals/{therapy.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using (var foreignAnswer = await schoolStaff.PostAsJsonAsync($"/api/support/service-referrals/{therapy.Id}/answer", new ReferralAnswerRequest(therapy.Version, true, null)))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignAnswer.StatusCode);
        }

        using (var worksForNobody = await Worker.GetAsync("/api/support/service-referrals"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, worksForNobody.StatusCode);
        }

        using (var noReason = await schoolStaff.PostAsJsonAsync($"/api/support/service-referrals/{tutoring.Id}/answer", new ReferralAnswerRequest(tutoring.Version, false, null)))
        {
            Assert.Contains("reason", (await noReason.ReadJsonAsync()).Errors().Keys);
        }

        tutoring = await Step(schoolStaff, tutoring.Id, "answer", new ReferralAnswerRequest(tutoring.Version, false, "Hết chỗ lớp học phụ đạo"));
        using (var afterDecline = await schoolStaff.PostAsJsonAsync($"/api/support/service-referrals/{tutoring.Id}/completion", new CompletionRequest(tutoring.Version, "2026-12-01", 0, null)))
        {
            Assert.Equal(HttpStatusCode.Conflict, afterDecline.StatusCode);
            Assert.Contains("Từ chối", (await afterDecline.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        therapy = await Step(stationStaff, therapy.Id, "answer", new ReferralAnswerRequest(therapy.Version, true, null));
        using (var stale = await stationStaff.PostAsJsonAsync($"/api/support/service-referrals/{therapy.Id}/deliveries", new DeliveryRequest(therapy.Version - 1, "2026-11-27", "Buổi 1")))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        therapy = await Step(stationStaff, therapy.Id, "deliveries", new DeliveryRequest(therapy.Version, "2026-11-27", "Buổi trị liệu 1: cháu hợp tác"));
        therapy = await Step(stationStaff, therapy.Id, "completion", new CompletionRequest(therapy.Version, "2026-12-05", 1_800_000, "Cháu ổn định"));
        Assert.Equal(("Completed", 1_800_000L, 1), (therapy.Status, therapy.ActualCostVnd, therapy.Deliveries.Count));

        var followed = await Referrals(Worker, $"/api/support/cases/{caseId}/referrals");
        Assert.Equal([("Declined", null), ("Completed", (long?)1_800_000)], followed.Select(r => (r.Status, r.ActualCostVnd)));
        Assert.Equal("Hết chỗ lớp học phụ đạo", followed[0].DeclineReason);
        Assert.Empty(await Referrals(stationStaff, "/api/support/service-referrals?openOnly=true"));

        // A revised plan that asks the school again sends a new referral; the completed therapy is not sent twice.
        plan = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/revision", new PlanStepRequest(plan.Version)).ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        plan = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/submission", new PlanStepRequest(plan.Version)).ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        await Chair.PostAsJsonAsync($"/api/support/plans/{plan.Id}/decision", new PlanDecisionRequest(plan.Version, true, "21/QĐ-UBND", null))
            .ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        Assert.Equal(["Declined", "Completed", "Pending"], (await Referrals(Worker, $"/api/support/cases/{caseId}/referrals")).Select(r => r.Status));
    }

    private static PlanDraftRequest Plan(Guid therapist, Guid school) => new(null, "Cháu được trị liệu và học phụ đạo.",
    [
        new PlanItemRequest("PsychologicalCare", "Trị liệu tâm lý 6 buổi", null, null, therapist, "2026-11-25", "2026-12-25", 1_500_000),
        new PlanItemRequest("EducationSupport", "Học phụ đạo", school, null, school, "2026-11-25", "2027-01-15", 300_000),
        new PlanItemRequest("FamilyCounselling", "Tư vấn cha mẹ", null, "Hội Phụ nữ thị trấn", null, "2026-11-26", "2026-12-26", 0),
    ]);

    private static async Task<List<ReferralResponse>> Referrals(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<List<ReferralResponse>>();
    }

    private static Task<ReferralResponse> Step(HttpClient provider, Guid id, string step, object body) =>
        provider.PostAsJsonAsync($"/api/support/service-referrals/{id}/{step}", body).ExpectAsync<ReferralResponse>(HttpStatusCode.OK);
}

[Collection(SqliteCollection.Name)]
public sealed class ServiceReferralsOnSqlite(SqliteHost host) : ServiceReferralTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ServiceReferralsOnPostgres(PostgresRabbitHost host) : ServiceReferralTests(host);
