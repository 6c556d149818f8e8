using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Cases.Features.ViewCase;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.SupportInterventions.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>The steps SupportInterventions drives, through its events on the bus: the emergency
/// decision, the approved plan, and the review's recommendation.</summary>
public abstract class SupportStepsTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient worker = null!;

    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await LoadUnitsAsync(host);
        worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_emergency_decision_ends_the_emergency_step_and_meets_the_12_hour_limit()
    {
        var received = await ReceiveAsync(worker, Report());
        var step = await StepAsync(worker, received.CaseId, "verification/start", new VersionedRequest(1));
        step = await StepAsync(worker, received.CaseId, "verification", new VerificationRequest(step.Version, "Confirmed", null));
        step = await StepAsync(worker, received.CaseId, "initial-assessment", new InitialAssessmentRequest(step.Version, "High", "High", true, "Cha vẫn ở nhà."));
        Assert.Equal(CaseStatus.Emergency, step.Status);

        await PublishAsync(new EmergencyInterventionRecorded(Guid.NewGuid(), received.CaseId, "21484", ["police-called", "safe-shelter"], "chair-1", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
        var details = await CaseReachesAsync(host, worker, received.CaseId, CaseStatus.SpecificAssessment);
        Assert.True(Assert.Single(details.Deadlines).StoppedAt is not null, "the 12-hour limit is met");
    }

    [Fact]
    public async Task An_approved_plan_starts_support_and_a_review_recommending_closure_proposes_it_to_the_chair()
    {
        var received = await ReceiveAsync(worker, Report());
        var step = await StepAsync(worker, received.CaseId, "verification/start", new VersionedRequest(1));
        step = await StepAsync(worker, received.CaseId, "verification", new VerificationRequest(step.Version, "Confirmed", null));
        step = await StepAsync(worker, received.CaseId, "initial-assessment", new InitialAssessmentRequest(step.Version, "Low", "Medium", false, "Không khẩn cấp."));
        step = await StepAsync(worker, received.CaseId, "specific-assessment", new SpecificAssessmentRequest(step.Version,
            new AssessmentAreas("Ổn định", null, null, null, null, null, null, null), ["FamilyCounselling"]));
        await StepAsync(worker, received.CaseId, "conference", new ConferenceRequest(step.Version, Today, "UBND, trưởng thôn", null, ["FamilyCounselling"]));

        await PublishAsync(new SupportPlanApproved(Guid.NewGuid(), received.CaseId, "21484", 1, "chair-1", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
        await CaseReachesAsync(host, worker, received.CaseId, CaseStatus.Support);
        await PublishAsync(new ReviewCompleted(Guid.NewGuid(), received.CaseId, "21484", ReviewRecommendation.NewPlanCycle, "worker-1", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
        await CaseReachesAsync(host, worker, received.CaseId, CaseStatus.Planning);
        await PublishAsync(new SupportPlanApproved(Guid.NewGuid(), received.CaseId, "21484", 2, "chair-1", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
        await CaseReachesAsync(host, worker, received.CaseId, CaseStatus.Support);
        await PublishAsync(new ReviewCompleted(Guid.NewGuid(), received.CaseId, "21484", ReviewRecommendation.Close, "worker-1", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
        var proposed = await CaseReachesAsync(host, worker, received.CaseId, CaseStatus.ClosureProposed);
        Assert.Equal("safe-stable", proposed.Closure?.ReasonCode);

        var chair = await host.ClientForAsync(Roles.CommuneChair, "21484");
        var closed = await StepAsync(chair, received.CaseId, "closure/decision", new ClosureDecisionRequest(proposed.Version, true));
        Assert.Equal(CaseStatus.Closed, closed.Status);
        var timeline = await (await worker.GetAsync($"/api/cases/{received.CaseId}/timeline")).ReadAsync<List<TimelineView>>();
        Assert.Equal(["plan-approved", "review-started", "new-plan-cycle", "plan-approved", "review-started", "closure-proposed", "closed"],
            timeline.Select(t => t.Action).SkipWhile(a => a != "plan-approved"));
    }

    private async Task PublishAsync(object message)
    {
        await host.Services.GetRequiredService<IBus>().Publish(message);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SupportStepsOnSqlite(SqliteHost host) : SupportStepsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SupportStepsOnPostgres(PostgresRabbitHost host) : SupportStepsTests(host);
