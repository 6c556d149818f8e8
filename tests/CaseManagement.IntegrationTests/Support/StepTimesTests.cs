using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Cases.Features.ViewCase;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.SupportInterventions.Features.Emergency;
using CaseManagement.SupportInterventions.Features.Plans;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Support;

/// <summary>
/// Officers act first and type in later: a report at 22:30 three nights ago, verified and assessed that night, the
/// chair's emergency decision by telephone, the specific assessment the next day and the conference the day after,
/// all typed in today. Each step keeps the time it happened, the limits run from those times, the other modules
/// follow, and a time that cannot be is refused on its field.
/// </summary>
public abstract class StepTimesTests(CaseManagementHost host) : IAsyncLifetime
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public Task InitializeAsync() => SupportScenario.PrepareAsync(host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Steps_typed_in_days_later_keep_their_own_times_and_their_limits_run_from_them()
    {
        var typedFrom = DateTimeOffset.UtcNow;
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var chair = await host.ClientForAsync(Roles.CommuneChair, "21484");
        var night = new DateTimeOffset(DateTime.SpecifyKind(DateTime.UtcNow.AddHours(7).Date.AddDays(-3).AddHours(22.5), DateTimeKind.Unspecified), Vietnam);
        var request = Report("Nguyễn Văn An", receivedAt: At(night), personalNumber: null);
        var caseId = (await ReceiveAsync(worker, request with { Incident = request.Incident! with { OccurredOn = $"{night:yyyy-MM-dd}" } })).CaseId;

        var step = await StepAsync(worker, caseId, "verification/start", new VersionedRequest(1, At(night.AddMinutes(10))));
        step = await StepAsync(worker, caseId, "verification", new VerificationRequest(step.Version, "Confirmed", null, At(night.AddMinutes(20))));
        // Before the step it follows, before the report, or still to come: refused on the time, and nothing is saved.
        foreach (var impossible in new[] { night.AddMinutes(15), night.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1) })
        {
            await worker.PostAsJsonAsync($"/api/cases/{caseId}/initial-assessment",
                    new InitialAssessmentRequest(step.Version, "High", "High", true, "Cha vẫn ở nhà.", At(impossible)))
                .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");
        }

        await StepAsync(worker, caseId, "initial-assessment", new InitialAssessmentRequest(step.Version, "High", "High", true, "Cha vẫn ở nhà.", At(night.AddMinutes(40))));
        // The chair decides in SupportInterventions, which learns of the assessment from Cases' events.
        await SupportScenario.SupportSeesAsync(host, caseId, CaseStatus.Emergency);
        await chair.PostAsJsonAsync($"/api/support/cases/{caseId}/emergency", new EmergencyRequest(At(night.AddMinutes(30)), "5/QĐ-UBND",
            [new MeasureRequest("SafeShelter", At(night.AddHours(1)), null)])).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");
        await chair.PostAsJsonAsync($"/api/support/cases/{caseId}/emergency", new EmergencyRequest(At(night.AddHours(3)), "5/QĐ-UBND",
            [new MeasureRequest("SafeShelter", At(night.AddHours(3)), "Ở nhà bà ngoại")])).ExpectStatusAsync(HttpStatusCode.OK);
        var details = await CaseReachesAsync(host, worker, caseId, CaseStatus.SpecificAssessment);

        // Decided three hours after the report, typed in three days later: the 12 hours were met.
        var emergency = Assert.Single(details.Deadlines, d => d.RuleCode == "emergency-decision");
        Assert.Equal((night, night.AddHours(3), false), (emergency.StartedAt, emergency.StoppedAt!.Value, emergency.Overdue));

        step = await StepAsync(worker, caseId, "specific-assessment", new SpecificAssessmentRequest(details.Version,
            new AssessmentAreas("Bầm tím", null, null, null, null, null, null, null), ["PsychologicalCare"], At(night.AddDays(1))));
        var heldOn = DateOnly.FromDateTime(night.AddDays(2).DateTime);
        await StepAsync(worker, caseId, "conference", new ConferenceRequest(step.Version, $"{heldOn:yyyy-MM-dd}", "UBND, trưởng thôn", null, ["PsychologicalCare"]));
        await worker.PostAsJsonAsync($"/api/support/cases/{caseId}/plans", SupportPathTests.Draft("Cháu an toàn.")).ExpectStatusAsync(HttpStatusCode.Created);

        // The plan's 5 working days run from the day the conference was held, and show on the case beside its own limits.
        details = await (await worker.GetAsync($"/api/cases/{caseId}")).ReadAsync<CaseDetails>();
        var drafting = Assert.Single(details.Deadlines, d => d.RuleCode == "plan-drafting");
        Assert.Equal(("support", heldOn), (drafting.Module, DateOnly.FromDateTime(drafting.StartedAt.ToOffset(Vietnam).DateTime)));

        // The timeline is in the order things happened, each with when it was typed in.
        var timeline = await (await worker.GetAsync($"/api/cases/{caseId}/timeline")).ReadAsync<List<TimelineView>>();
        Assert.Equal(
            ["reported", "verification-started", "verified", "initial-assessment", "emergency-completed", "specific-assessment", "conference-held"],
            timeline.Select(t => t.Action).Take(7));
        Assert.Equal(
            [night, night.AddMinutes(10), night.AddMinutes(20), night.AddMinutes(40), night.AddHours(3), night.AddDays(1)],
            timeline.Take(6).Select(t => t.At));
        Assert.All(timeline.Skip(1), t => Assert.True(t.RecordedAt >= typedFrom.AddSeconds(-1), $"{t.Action} typed in {t.RecordedAt}"));
        Assert.All(timeline, t => Assert.Equal(Vietnam, t.At.Offset));
        // The chair's decision, taken in SupportInterventions, names the chair by user id with their name beside it.
        var decided = Assert.Single(timeline, t => t.Action == "emergency-completed");
        Assert.True(Guid.TryParse(decided.UserId, out _), decided.UserId);
        Assert.NotEqual(decided.UserId, decided.UserName);
    }

    [Fact]
    public async Task A_plan_step_keeps_its_own_time_and_cannot_come_before_planning()
    {
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var chair = await host.ClientForAsync(Roles.CommuneChair, "21484");
        var caseId = await SupportScenario.CaseInPlanningAsync(host, worker);
        var plan = await worker.PostAsJsonAsync($"/api/support/cases/{caseId}/plans", SupportPathTests.Draft("Cháu an toàn.")).ExpectAsync<PlanResponse>(HttpStatusCode.Created);
        // Before planning started: refused on the time.
        await worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/submission", new PlanStepRequest(plan.Version, At(DateTimeOffset.UtcNow.AddDays(-2))))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");
        plan = await worker.PostAsJsonAsync($"/api/support/plans/{plan.Id}/submission", new PlanStepRequest(plan.Version, At(DateTimeOffset.UtcNow)))
            .ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        var decidedAt = DateTimeOffset.UtcNow.ToOffset(Vietnam);
        plan = await chair.PostAsJsonAsync($"/api/support/plans/{plan.Id}/decision", new PlanDecisionRequest(plan.Version, true, "9/QĐ-UBND", null, At(decidedAt)))
            .ExpectAsync<PlanResponse>(HttpStatusCode.OK);
        Assert.Equal(decidedAt, Assert.Single(plan.Decisions).DecidedAt, TimeSpan.FromMilliseconds(1));
    }

    private static string At(DateTimeOffset instant) => instant.ToOffset(Vietnam).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz");
}

public sealed class StepTimesOnSqlite(LiveSqliteHost host) : StepTimesTests(host), IClassFixture<LiveSqliteHost>;

public sealed class StepTimesOnPostgres(LivePostgresRabbitHost host) : StepTimesTests(host), IClassFixture<LivePostgresRabbitHost>;
