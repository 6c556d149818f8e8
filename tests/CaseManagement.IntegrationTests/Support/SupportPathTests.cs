using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Cases.Features.ViewCase;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.SupportInterventions.Features.Emergency;
using CaseManagement.SupportInterventions.Features.Monitoring;
using CaseManagement.SupportInterventions.Features.Plans;
using CaseManagement.SupportInterventions.Features.Referrals;
using CaseManagement.SupportInterventions.Features.Reviews;
using CaseManagement.SupportInterventions.Features.Separations;
using CaseManagement.SupportInterventions.Features.WorkList;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;
using static CaseManagement.IntegrationTests.Support.SupportScenario;

namespace CaseManagement.IntegrationTests.Support;

/// <summary>A case carried through SupportInterventions: the chair's emergency decision, then a plan
/// drafted, sent back, rewritten and approved, each step moving the case in Cases through the bus.</summary>
public abstract class SupportPathTests(CaseManagementHost host) : SupportTests(host)
{
    [Fact]
    public async Task Emergency_then_a_plan_returned_rewritten_and_approved_moves_the_case_to_support()
    {
        var received = await ReceiveAsync(Worker, Report());
        var step = await StepAsync(Worker, received.CaseId, "verification/start", new VersionedRequest(1));
        step = await StepAsync(Worker, received.CaseId, "verification", new VerificationRequest(step.Version, "Confirmed", null));
        await StepAsync(Worker, received.CaseId, "initial-assessment", new InitialAssessmentRequest(step.Version, "High", "High", true, "Cha vẫn ở nhà."));
        await SupportSeesAsync(received.CaseId, CaseStatus.Emergency);

        var emergency = await Chair.PostAsJsonAsync($"/api/support/cases/{received.CaseId}/emergency", new EmergencyRequest(null, "12/QĐ-UBND",
            [new MeasureRequest("PoliceCalled", "2026-11-23T08:10", null), new MeasureRequest("SafeShelter", "2026-11-23T09:00", "Ở nhà bà ngoại")]))
            .ExpectAsync<EmergencyResponse>(HttpStatusCode.OK);
        Assert.Equal(["Báo công an ngăn chặn hành vi xâm hại", "Bố trí nơi tạm trú an toàn"], emergency.Measures.Select(m => m.KindName));
        var details = await CaseReachesAsync(Host, Worker, received.CaseId, CaseStatus.SpecificAssessment);
        Assert.NotNull(Assert.Single(details.Deadlines).StoppedAt);

        step = await StepAsync(Worker, received.CaseId, "specific-assessment", new SpecificAssessmentRequest(details.Version,
            new AssessmentAreas("Bầm tím", null, null, null, null, null, null, null), ["PsychologicalCare", "FamilyCounselling"]));
        await StepAsync(Worker, received.CaseId, "conference", new ConferenceRequest(step.Version, Today, "UBND, trưởng thôn, cha mẹ", null, ["PsychologicalCare"]));
        await SupportSeesAsync(received.CaseId, CaseStatus.Planning);

        var plan = await Worker.PostAsJsonAsync($"/api/support/cases/{received.CaseId}/plans", Draft("Cháu an toàn, được trị liệu tâm lý."))
            .ExpectAsync<PlanResponse>(HttpStatusCode.Created);
        plan = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/submission", new PlanStepRequest(plan.Version)).ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        plan = await Chair.PostAsJsonAsync($"/api/support/plans/{plan.Id}/decision", new PlanDecisionRequest(plan.Version, false, null, "Bổ sung tư vấn cho cha mẹ."))
            .ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        Assert.Equal("Returned", plan.Status);
        plan = await Worker.PutAsJsonAsync($"/api/support/plans/{plan.Id}/draft", Draft("Cháu an toàn; cha mẹ được tư vấn.", withCounselling: true))
            .ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        plan = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/submission", new PlanStepRequest(plan.Version)).ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        plan = await Chair.PostAsJsonAsync($"/api/support/plans/{plan.Id}/decision", new PlanDecisionRequest(plan.Version, true, "15/QĐ-UBND", null))
            .ExpectAsync<PlanResponse>(HttpStatusCode.OK);

        // The returned version stays as the chair decided it; the redraft is version 2.
        Assert.Equal((2, "Approved"), (plan.ApprovedVersion, plan.Status));
        Assert.Equal([("Returned", 1), ("Approved", 2)], plan.Decisions.Select(d => (d.Decision, d.PlanVersion)));
        Assert.Equal("15/QĐ-UBND", plan.Decisions[1].DecisionNumber);
        Assert.Equal([(2, "Approved", "Cháu an toàn; cha mẹ được tư vấn."), (1, "Returned", "Cháu an toàn, được trị liệu tâm lý.")],
            plan.Versions.Select(v => (v.Number, v.Status, v.Objectives)));
        Assert.Equal(2_500_000, plan.Versions[0].EstimatedCostVnd);
        await CaseReachesAsync(Host, Worker, received.CaseId, CaseStatus.Support);
        var deadlines = await Host.InScopeAsync(sp => sp.GetRequiredService<SupportInterventionsDbContext>().Deadlines
            .Where(d => d.CaseId == received.CaseId).OrderBy(d => d.StartedAt).ToListAsync());
        Assert.Equal(["plan-drafting", "plan-approval", "plan-approval"], deadlines.Select(d => d.RuleCode));
        Assert.All(deadlines, d => Assert.True(d.Met, d.RuleCode + " met"));

        // A change after approval is a new version; the approved one stays in force and readable.
        plan = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/revision", new PlanStepRequest(plan.Version)).ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        Assert.Equal((3, 2, "Draft"), (plan.CurrentVersion, plan.ApprovedVersion, plan.Status));
        Assert.Equal(["Draft", "Approved", "Returned"], plan.Versions.Select(v => v.Status));
        plan = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/submission", new PlanStepRequest(plan.Version)).ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        await Chair.PostAsJsonAsync($"/api/support/plans/{plan.Id}/decision", new PlanDecisionRequest(plan.Version, true, "16/QĐ-UBND", null))
            .ExpectStatusAsync(HttpStatusCode.OK);

        // The case's timeline shows the return and each approval, the revised plan's too.
        await Eventually.HoldsAsync(async () =>
        {
            await Host.DrainOutboxAsync();
            var timeline = await Worker.GetStringAsync($"/api/cases/{received.CaseId}/timeline");
            return timeline.Contains("\"plan-returned\"", StringComparison.Ordinal)
                && timeline.Split("\"plan-approved\"").Length - 1 == 2;
        }, "the timeline shows the return and both approvals");
    }

    [Fact]
    public async Task From_report_to_closure_through_emergency_separation_plan_services_and_review()
    {
        var received = await ReceiveAsync(Worker, Report(childName: "Hồ Thị Mai", personalNumber: null));
        var step = await StepAsync(Worker, received.CaseId, "verification/start", new VersionedRequest(1));
        step = await StepAsync(Worker, received.CaseId, "verification", new VerificationRequest(step.Version, "Confirmed", null));
        await StepAsync(Worker, received.CaseId, "initial-assessment", new InitialAssessmentRequest(step.Version, "High", "High", true, "Người gây hại sống cùng nhà."));
        await SupportSeesAsync(received.CaseId, CaseStatus.Emergency);
        await Chair.PostAsJsonAsync($"/api/support/cases/{received.CaseId}/emergency", new EmergencyRequest(null, "30/QĐ-UBND",
            [new MeasureRequest("PoliceCalled", "2026-11-23T08:10", null)])).ExpectAsync<EmergencyResponse>(HttpStatusCode.OK);

        // Separation with a temporary carer, whose identity is sealed and shown only to the commune's workers.
        var separation = await Chair.PostAsJsonAsync($"/api/support/cases/{received.CaseId}/separations", new SeparationRequest(
                "31/QĐ-UBND", VietnamNow.AddHours(-2).ToString("yyyy-MM-ddTHH:mm"), null, "TemporaryCarer", null, new CarerRequest("Hồ Văn Lâm", "Chú ruột", "Tổ 2, thị trấn Ba Tơ", "0912 000 111")))
            .ExpectAsync<SeparationResponse>(HttpStatusCode.OK);
        Assert.Equal((DateOnly.FromDateTime(VietnamNow.AddHours(-2).DateTime).AddDays(14), "Người chăm sóc tạm thời", "Hồ Văn Lâm"), (separation.EndsOn, separation.PlacementName, separation.Carer?.FullName));
        var sealedCarer = await Host.InScopeAsync(sp => sp.GetRequiredService<SupportInterventionsDbContext>().Separations.Select(s => s.SealedCarer).SingleAsync());
        Assert.DoesNotContain("Lâm", sealedCarer, StringComparison.Ordinal);
        var manager = await Host.ClientForAsync(Roles.Manager, "535");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/support/cases/{received.CaseId}/separations")).StatusCode);
        using (var second = await Chair.PostAsJsonAsync($"/api/support/cases/{received.CaseId}/separations", new SeparationRequest("32/QĐ", null, null, "Facility", Guid.NewGuid(), null)))
        {
            Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        }

        var details = await CaseReachesAsync(Host, Worker, received.CaseId, CaseStatus.SpecificAssessment);
        step = await StepAsync(Worker, received.CaseId, "specific-assessment", new SpecificAssessmentRequest(details.Version,
            new AssessmentAreas("Bầm tím", null, null, null, null, null, null, null), ["PsychologicalCare"]));
        await StepAsync(Worker, received.CaseId, "conference", new ConferenceRequest(step.Version, Today, "UBND, trưởng thôn, chú ruột", null, ["PsychologicalCare"]));
        await SupportSeesAsync(received.CaseId, CaseStatus.Planning);

        var (station, stationStaff) = await ProviderAsync(Host, "Trạm Y tế thị trấn Ba Tơ", "HealthFacility", "21484", "PsychologicalCare");
        var therapy = new PlanItemRequest("PsychologicalCare", "Trị liệu tâm lý 6 buổi", null, null, station, "2026-11-26", "2026-12-31", 1_200_000);
        var plan = await Worker.PostAsJsonAsync($"/api/support/cases/{received.CaseId}/plans", new PlanDraftRequest(null, "Cháu an toàn.", [therapy]))
            .ExpectAsync<PlanResponse>(HttpStatusCode.Created);
        plan = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/submission", new PlanStepRequest(plan.Version)).ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        plan = await Chair.PostAsJsonAsync($"/api/support/plans/{plan.Id}/decision", new PlanDecisionRequest(plan.Version, false, null, "Ghi rõ mục tiêu."))
            .ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        plan = await Worker.PutAsJsonAsync($"/api/support/plans/{plan.Id}/draft", new PlanDraftRequest(plan.Version, "Cháu an toàn, hết sợ hãi sau 6 buổi.", [therapy]))
            .ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        plan = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/submission", new PlanStepRequest(plan.Version)).ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        plan = await Chair.PostAsJsonAsync($"/api/support/plans/{plan.Id}/decision", new PlanDecisionRequest(plan.Version, true, "33/QĐ-UBND", null))
            .ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        await CaseReachesAsync(Host, Worker, received.CaseId, CaseStatus.Support);
        // A review checks SupportInterventions' copy of the case, which learns of the step from Cases' event.
        await SupportSeesAsync(received.CaseId, CaseStatus.Support);

        var referral = Assert.Single(await (await stationStaff.GetAsync("/api/support/service-referrals")).ReadAsync<List<ReferralResponse>>());
        referral = await stationStaff.PostAsJsonAsync($"/api/support/service-referrals/{referral.Id}/answer", new ReferralAnswerRequest(referral.Version, true, null))
            .ExpectAsync<ReferralResponse>(HttpStatusCode.OK);
        await stationStaff.PostAsJsonAsync($"/api/support/service-referrals/{referral.Id}/completion", new CompletionRequest(referral.Version, "2026-12-05", 1_100_000, "Ổn định"))
            .ExpectAsync<ReferralResponse>(HttpStatusCode.OK);

        // A court extends a separation by weeks or months: a mistyped year is refused, a month is kept.
        var lastDay = separation.EndsOn;
        using (var tooFar = await Chair.PostAsJsonAsync($"/api/support/separations/{separation.Id}/extension",
                   new ExtensionRequest(separation.Version, "Tòa án nhân dân huyện Ba Tơ", "3/QĐ-TA", lastDay.AddYears(2).ToString("yyyy-MM-dd"))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooFar.StatusCode);
            Assert.True((await tooFar.ReadJsonAsync()).Errors().ContainsKey("extendedTo"));
        }

        separation = await Chair.PostAsJsonAsync($"/api/support/separations/{separation.Id}/extension",
                new ExtensionRequest(separation.Version, "Tòa án nhân dân huyện Ba Tơ", "3/QĐ-TA", lastDay.AddDays(30).ToString("yyyy-MM-dd")))
            .ExpectAsync<SeparationResponse>(HttpStatusCode.OK);
        Assert.Equal(lastDay.AddDays(30), separation.EndsOn);

        separation = await Chair.PostAsJsonAsync($"/api/support/separations/{separation.Id}/end", new EndSeparationRequest(separation.Version, "HomeAssessedSafe", null, null))
            .ExpectAsync<SeparationResponse>(HttpStatusCode.OK);
        Assert.False(separation.Active);
        await Worker.PostAsJsonAsync($"/api/support/cases/{received.CaseId}/monitoring", new MonitoringRequest(VietnamNow.ToString("yyyy-MM-dd"), "HomeVisit", "Cháu đã về nhà, vui vẻ.", "Safe"))
            .ExpectAsync<MonitoringResponse>(HttpStatusCode.OK);

        using (var tooSoon = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/review", Review(plan.Version, harm: "High")))
        {
            Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
            Assert.Contains("review.close_while_at_risk", await tooSoon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var review = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/review", Review(plan.Version, harm: "Low")).ExpectAsync<ReviewResponse>(HttpStatusCode.OK);
        Assert.Equal("Đề xuất đóng hồ sơ", review.RecommendationName);
        details = await CaseReachesAsync(Host, Worker, received.CaseId, CaseStatus.ClosureProposed);
        await StepAsync(Chair, received.CaseId, "closure/decision", new ClosureDecisionRequest(details.Version, true));
        await SupportSeesAsync(received.CaseId, CaseStatus.Closed);

        var deadlines = await Host.InScopeAsync(sp => sp.GetRequiredService<SupportInterventionsDbContext>().Deadlines
            .Where(d => d.CaseId == received.CaseId).OrderBy(d => d.StartedAt).ThenBy(d => d.RuleCode).ToListAsync());
        Assert.Equal(["separation-reassessment", "plan-drafting", "plan-approval", "plan-approval"], deadlines.Select(d => d.RuleCode));
        Assert.All(deadlines, d => Assert.True(d.Met, d.RuleCode + " met"));
        plan = await (await Worker.GetAsync($"/api/support/plans/{plan.Id}")).ReadAsync<PlanResponse>();
        Assert.Equal("Closed", plan.Status);
    }

    [Fact]
    public async Task Alternative_care_is_followed_up_at_one_and_three_months_then_every_six_and_shows_in_the_work_list()
    {
        var caseId = await CaseInPlanningAsync(Host, Worker);
        var (centre, _) = await ProviderAsync(Host, "Trung tâm Bảo trợ xã hội tỉnh", "Shelter", "51", "AlternativeCare");
        var (school, _) = await ProviderAsync(Host, "Trường Tiểu học Ba Tơ", "School", "21484", "EducationSupport");
        using (var notAFacility = await Chair.PostAsJsonAsync($"/api/support/cases/{caseId}/separations", new SeparationRequest("40/QĐ", null, null, "Facility", school, null)))
        {
            Assert.Contains("facilityOrganisationId", (await notAFacility.ReadJsonAsync()).Errors().Keys);
        }

        // Recorded ten days after the decision: its last day is four days away, so it shows in the work list.
        var tenDaysAgo = VietnamNow.AddDays(-10).ToString("yyyy-MM-ddTHH:mm");
        var separation = await Chair.PostAsJsonAsync($"/api/support/cases/{caseId}/separations", new SeparationRequest("41/QĐ", tenDaysAgo, null, "Facility", centre, null))
            .ExpectAsync<SeparationResponse>(HttpStatusCode.OK);
        Assert.Equal(("Trung tâm Bảo trợ xã hội tỉnh", false), (separation.FacilityName, separation.CarerMasked));
        var lapsing = Assert.Single((await (await Worker.GetAsync("/api/support/work-list")).ReadAsync<CaseManagement.BuildingBlocks.Web.WorkPage<SupportWorkItem>>()).Items, w => w.Kind == "separation");
        Assert.Equal((separation.Id, false), (lapsing.SubjectId, lapsing.Overdue));
        Assert.StartsWith("Tạm thời cách ly hết hiệu lực ngày " + separation.EndsOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), lapsing.What, StringComparison.Ordinal);
        await Chair.PostAsJsonAsync($"/api/support/separations/{separation.Id}/end", new EndSeparationRequest(separation.Version, "LongTermAlternativeCare", null, null))
            .ExpectAsync<SeparationResponse>(HttpStatusCode.OK);
        for (var visit = 0; visit < 3; visit++)
        {
            await Worker.PostAsJsonAsync($"/api/support/cases/{caseId}/monitoring",
                    new MonitoringRequest(VietnamNow.ToString("yyyy-MM-dd"), "AlternativeCareFollowUp", "Trẻ sinh hoạt ổn định tại trung tâm.", "Improving"))
                .ExpectAsync<MonitoringResponse>(HttpStatusCode.OK);
        }

        var deadlines = await Host.InScopeAsync(sp => sp.GetRequiredService<SupportInterventionsDbContext>().Deadlines.AsNoTracking()
            .Where(d => d.CaseId == caseId && d.RuleCode.StartsWith("alternative-care")).ToListAsync());
        Assert.Equal(
            [("alternative-care-first-follow-up", true), ("alternative-care-periodic-follow-up", false), ("alternative-care-periodic-follow-up", true),
                ("alternative-care-second-follow-up", true)],
            deadlines.Select(d => (d.RuleCode, d.StoppedAt is not null)).Order());
        var running = deadlines.Single(d => d.StoppedAt is null);
        var work = (await (await Worker.GetAsync("/api/support/work-list")).ReadAsync<CaseManagement.BuildingBlocks.Web.WorkPage<SupportWorkItem>>()).Items;
        var item = Assert.Single(work, w => w.SubjectId is null && w.CaseId == caseId && w.What.Contains("6 tháng", StringComparison.Ordinal));
        Assert.Equal((running.DueAt, false), (item.DueAt, item.Overdue));
        Assert.Contains(work, w => w.CaseId == caseId && w.What.StartsWith("Xây dựng kế hoạch", StringComparison.Ordinal));
    }

    private static DateTimeOffset VietnamNow => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));

    private static ReviewRequest Review(int planVersion, string harm) =>
        new(planVersion, VietnamNow.ToString("yyyy-MM-dd"), harm, "Low", "Medium", "High", "Close", "Cháu an toàn, ổn định; cha đã chuyển đi nơi khác.", "Cán bộ LĐTBXH, trưởng thôn, chú ruột");

    [Fact]
    public async Task Only_the_chair_decides_plans_and_a_stale_or_wrong_step_is_refused_in_words()
    {
        var caseId = await CaseInPlanningAsync(Host, Worker);
        var plan = await Worker.PostAsJsonAsync($"/api/support/cases/{caseId}/plans", Draft("Mục tiêu")).ExpectAsync<PlanResponse>(HttpStatusCode.Created);

        using var notChair = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/decision", new PlanDecisionRequest(plan.Version, true, "1/QĐ", null));
        Assert.Equal(HttpStatusCode.Forbidden, notChair.StatusCode);
        using var notSubmitted = await Chair.PostAsJsonAsync($"/api/support/plans/{plan.Id}/decision", new PlanDecisionRequest(plan.Version, true, "1/QĐ", null));
        Assert.Equal(HttpStatusCode.Conflict, notSubmitted.StatusCode);
        Assert.Contains("Đang xây dựng", (await notSubmitted.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var stale = await Worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/submission", new PlanStepRequest(plan.Version + 5));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var second = await Worker.PostAsJsonAsync($"/api/support/cases/{caseId}/plans", Draft("Kế hoạch thứ hai"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);

        using var bad = await Worker.PutAsJsonAsync($"/api/support/plans/{plan.Id}/draft", new PlanDraftRequest(plan.Version, "",
            [new PlanItemRequest("Haircut", null, null, null, null, "2026-12-10", "2026-12-01", -1)]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadJsonAsync()).Errors();
        Assert.Contains("objectives", errors.Keys);
        Assert.Contains("items[0].serviceType", errors.Keys);
        Assert.Contains("items[0].estimatedCostVnd", errors.Keys);

        var elsewhere = await Host.ClientForAsync(Roles.SocialWorker, "21025");
        using var hidden = await elsewhere.GetAsync($"/api/support/plans/{plan.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    internal static PlanDraftRequest Draft(string objectives, bool withCounselling = false) => new(null, objectives,
    [
        new PlanItemRequest("PsychologicalCare", "Trị liệu tâm lý 8 buổi", null, "Cán bộ LĐTBXH xã", null, "2026-11-25", "2027-01-20", withCounselling ? 2_000_000 : 2_500_000),
        .. withCounselling ? [new PlanItemRequest("FamilyCounselling", "Tư vấn cha mẹ", null, "Hội Phụ nữ thị trấn", null, "2026-11-26", "2026-12-26", 500_000)] : Array.Empty<PlanItemRequest>(),
    ]);

    private Task SupportSeesAsync(Guid caseId, CaseStatus status) => SupportScenario.SupportSeesAsync(Host, caseId, status);
}

[Collection(SqliteCollection.Name)]
public sealed class SupportPathOnSqlite(SqliteHost host) : SupportPathTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SupportPathOnPostgres(PostgresRabbitHost host) : SupportPathTests(host);
