using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Features.Referrals;
using CaseManagement.SupportInterventions.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Plans;

/// <summary>
/// The plan's life: drafted and rewritten by the social worker, submitted, approved (which sends the
/// items to their providers) or sent back by the chair, revised after approval. Each step publishes its
/// event and moves the plan deadlines: 5 working days to submit from the start of planning, 2 for the
/// chair to decide.
/// </summary>
internal sealed class PlansHandler(SupportUnitOfWork work, DirectoryOrganisations organisations, ReferralDispatch referrals, CaseTexts texts)
{
    public async Task<PlanResponse> DraftAsync(Guid caseId, PlanDraftRequest request, CancellationToken ct)
    {
        var subject = await work.FindCaseForAsync(caseId, Cases.Contracts.SupportAction.PlanDrafting, ct);
        var open = await work.Db.Plans.AsNoTracking().Where(p => p.CaseId == caseId).OrderByDescending(p => p.Cycle).FirstOrDefaultAsync(ct);
        if (open is { Status: not (PlanStatus.Approved or PlanStatus.Closed) })
        {
            throw new ConflictException("plan.already_open", SupportText.Messages.Get("plan.already_open", subject.Number));
        }

        var content = Content(request, caseId);
        await organisations.CheckPlanAsync(content, ct);
        var plan = SupportPlan.Draft(Guid.CreateVersion7(), subject, (open?.Cycle ?? 0) + 1, content, work.Actor());
        work.Db.Plans.Add(plan);
        await work.SaveAsync([], plan.UpdatedAt, ct);
        return PlanResponse.From(plan, texts);
    }

    public async Task<PlanResponse> GetAsync(Guid planId, CancellationToken ct) => PlanResponse.From(await work.FindPlanAsync(planId, null, ct), texts);

    public async Task<IReadOnlyList<PlanResponse>> OfCaseAsync(Guid caseId, CancellationToken ct)
    {
        await work.FindCaseAsync(caseId, ct);
        var plans = await work.PlansWithHistory().AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.Cycle).ToListAsync(ct);
        return [.. plans.Select(p => PlanResponse.From(p, texts))];
    }

    public Task<PlanResponse> RewriteAsync(Guid planId, PlanDraftRequest request, CancellationToken ct) =>
        StepAsync(planId, request.Version, async (plan, actor) =>
        {
            var content = Content(request, plan.CaseId);
            await organisations.CheckPlanAsync(content, ct);
            plan.Rewrite(content, actor);
            return [];
        }, ct);

    /// <summary>Submitted at its own time: not before planning started or the plan's last decision.</summary>
    public Task<PlanResponse> SubmitAsync(Guid planId, PlanStepRequest request, CancellationToken ct) =>
        StepAsync(planId, request.Version, request.OccurredAt, plan => SubmittableFromAsync(plan, ct), async (plan, actor) =>
        {
            plan.Submit(actor);
            await work.SignalAsync(SupportDeadlineRules.PlanSubmitted, plan.CaseId, plan.UnitCode, actor.At, ct);
            var version = plan.Current;
            return [new SupportPlanSubmitted(plan.Id, plan.CaseId, plan.UnitCode, plan.Cycle, version.Number,
                [.. version.Items.Select(i => i.ServiceType).Distinct()], version.EstimatedCostVnd, actor.At, actor.RecordedAt)];
        }, ct);

    /// <summary>Decided at its own time: not before the version was submitted.</summary>
    public Task<PlanResponse> DecideAsync(Guid planId, PlanDecisionRequest request, CancellationToken ct) =>
        StepAsync(planId, request.Version, request.OccurredAt, plan => Task.FromResult(plan.Current.SubmittedAt ?? DateTimeOffset.MinValue), async (plan, chair) =>
        {
            var decision = plan.Decide(request.Approve, request.DecisionNumber, request.Comments, chair);
            await work.SignalAsync(SupportDeadlineRules.PlanDecided, plan.CaseId, plan.UnitCode, chair.At, ct);
            if (!request.Approve)
            {
                return [new SupportPlanReturned(plan.Id, plan.CaseId, plan.UnitCode, decision.PlanVersion, chair.At, chair.RecordedAt, chair.UserId, chair.UserName)];
            }

            var sent = await referrals.ForApprovedVersionAsync(plan, chair.At, chair.RecordedAt, ct);
            return [new SupportPlanApproved(plan.Id, plan.CaseId, plan.UnitCode, decision.PlanVersion, chair.UserId, chair.At, chair.RecordedAt, chair.UserName), .. sent];
        }, ct);

    public Task<PlanResponse> ReviseAsync(Guid planId, PlanStepRequest request, CancellationToken ct) =>
        StepAsync(planId, request.Version, request.OccurredAt, plan => Task.FromResult(LatestOf(plan.Decisions.Select(d => d.DecidedAt), DateTimeOffset.MinValue)), (plan, actor) =>
        {
            plan.Revise(actor);
            return Task.FromResult<IEnumerable<object>>([new SupportPlanRevised(plan.Id, plan.CaseId, plan.UnitCode, plan.CurrentVersion, actor.At)]);
        }, ct);

    private Task<PlanResponse> StepAsync(Guid planId, int? expectedVersion, Func<SupportPlan, Actor, Task<IEnumerable<object>>> step, CancellationToken ct) =>
        StepAsync(planId, expectedVersion, null, _ => Task.FromResult(DateTimeOffset.MinValue), step, ct);

    /// <summary>A step on the plan that happened at <paramref name="occurredAt"/> (now when absent), not before
    /// what <paramref name="earliest"/> names.</summary>
    private async Task<PlanResponse> StepAsync(
        Guid planId, int? expectedVersion, string? occurredAt, Func<SupportPlan, Task<DateTimeOffset>> earliest,
        Func<SupportPlan, Actor, Task<IEnumerable<object>>> step, CancellationToken ct)
    {
        var plan = await work.FindPlanAsync(planId, expectedVersion, ct);
        var at = RequestValues.ParseInstant(occurredAt);
        var actor = at is null ? work.Actor() : work.ActorAt(at, await earliest(plan));
        var events = await step(plan, actor);
        await work.SaveAsync(events, actor.RecordedAt, ct);
        return PlanResponse.From(plan, texts);
    }

    /// <summary>A plan is submitted after the case reached its step and after the plan's last decision.</summary>
    private async Task<DateTimeOffset> SubmittableFromAsync(SupportPlan plan, CancellationToken ct) =>
        LatestOf(plan.Decisions.Select(d => d.DecidedAt), (await work.FindCaseAsync(plan.CaseId, ct)).StatusAt);

    private static DateTimeOffset LatestOf(IEnumerable<DateTimeOffset> times, DateTimeOffset floor) => times.Append(floor).Max();

    private PlanContent Content(PlanDraftRequest request, Guid caseId) => new(
        texts.Seal(request.Objectives!.Trim(), caseId),
        [.. request.Items!.Select(i => new PlanItemContent(
            RequestValues.ParseCode<Directory.Contracts.ServiceType>(i.ServiceType)!.Value.ToString(), texts.Seal(i.Description?.Trim() ?? "", caseId),
            i.ResponsibleOrganisationId, i.ResponsiblePerson?.Trim(), i.ProviderOrganisationId,
            RequestValues.ParseDate(i.StartOn)!.Value, RequestValues.ParseDate(i.ExpectedEndOn)!.Value, i.EstimatedCostVnd!.Value))]);
}
