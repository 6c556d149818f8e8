using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.SupportInterventions.Features.Emergency;
using CaseManagement.SupportInterventions.Features.Plans;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Support;

/// <summary>
/// Steps taken back to back in a running system (messages sent in the background): the chair decides the emergency
/// the moment the assessment calls for it, the social worker drafts the plan the moment the conference is recorded.
/// SupportInterventions' copy of the case is updated by Cases' events a moment later; neither click may be refused.
/// </summary>
public abstract class BackToBackStepsTests(CaseManagementHost host) : IAsyncLifetime
{
    private const int Cases = 8;

    public Task InitializeAsync() => SupportScenario.PrepareAsync(host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_emergency_decision_and_the_plan_right_after_the_steps_before_them_are_accepted_every_time()
    {
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var chair = await host.ClientForAsync(Roles.CommuneChair, "21484");
        for (var i = 0; i < Cases; i++)
        {
            var received = await ReceiveAsync(worker, Report($"Nguyễn Văn An {i}", personalNumber: null));
            var step = await StepAsync(worker, received.CaseId, "verification/start", new VersionedRequest(1));
            step = await StepAsync(worker, received.CaseId, "verification", new VerificationRequest(step.Version, "Confirmed", null));
            await StepAsync(worker, received.CaseId, "initial-assessment", new InitialAssessmentRequest(step.Version, "High", "High", true, "Cha vẫn ở nhà."));
            await chair.PostAsJsonAsync($"/api/support/cases/{received.CaseId}/emergency", new EmergencyRequest(null, $"{i}/QĐ-UBND",
                [new MeasureRequest("SafeShelter", DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm"), null)]))
                .ExpectStatusAsync(HttpStatusCode.OK);

            var details = await Eventually.ValueAsync(async () =>
            {
                var seen = await worker.GetFromJsonAsync<CaseManagement.Cases.Features.ViewCase.CaseDetails>($"/api/cases/{received.CaseId}", HttpExtensions.Json);
                return seen!.Status == CaseManagement.Cases.Contracts.CaseStatus.SpecificAssessment ? seen : null;
            }, "Cases moves on to the specific assessment");
            step = await StepAsync(worker, received.CaseId, "specific-assessment", new SpecificAssessmentRequest(details.Version,
                new AssessmentAreas("Bầm tím", null, null, null, null, null, null, null), ["PsychologicalCare"]));
            await StepAsync(worker, received.CaseId, "conference", new ConferenceRequest(step.Version, Today, "UBND, trưởng thôn", null, ["PsychologicalCare"]));
            await worker.PostAsJsonAsync($"/api/support/cases/{received.CaseId}/plans", SupportPathTests.Draft("Cháu an toàn."))
                .ExpectStatusAsync(HttpStatusCode.Created);
        }
    }
}

public sealed class BackToBackStepsOnSqlite(LiveSqliteHost host) : BackToBackStepsTests(host), IClassFixture<LiveSqliteHost>;

public sealed class BackToBackStepsOnPostgres(LivePostgresRabbitHost host) : BackToBackStepsTests(host), IClassFixture<LivePostgresRabbitHost>;
