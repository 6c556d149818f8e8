using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Cases.Features.Procedure;

/// <summary>The steps of the procedure on one case. Each: find the case (jurisdiction, version),
/// let the domain decide, seal free text, save with its events and deadline signals.</summary>
internal sealed class ProcedureHandler(
    CaseUnitOfWork work, CaseUnits units, Jurisdiction<CasesDbContext> jurisdiction, SensitiveData sealer, IOptions<CaseLookups> lookups, TimeProvider clock,
    ICurrentUser caller)
{
    public Task<CaseStepResponse> StartVerificationAsync(Guid id, VersionedRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, At(request.OccurredAt), (c, actor) => c.StartVerification(actor), ct);

    public async Task<CaseStepResponse> VerifyAsync(Guid id, VerificationRequest request, CancellationToken ct)
    {
        var outcome = RequestValues.ParseCode<VerificationOutcome>(request.Outcome)!.Value;
        var target = outcome == VerificationOutcome.OtherCommune ? await TransferTargetAsync(request.OtherUnitCode!, "otherUnitCode", ct) : null;
        return await StepAsync(id, request.Version, At(request.OccurredAt), (c, actor) =>
        {
            c.RecordVerification(outcome, target, actor);
            // A report found unfounded is closed there and then: a closure like the chair's, for every module.
            return outcome == VerificationOutcome.NotConfirmed
                ? [new CaseVerified(c.Id, c.UnitCode, outcome, actor.At), new CaseClosed(c.Id, c.UnitCode, c.Closure!.ReasonCode, actor.At)]
                : [new CaseVerified(c.Id, c.UnitCode, outcome, actor.At)];
        }, ct, outcome == VerificationOutcome.Confirmed ? CaseDeadlineRules.Verified : null);
    }

    public Task<CaseStepResponse> AssessInitiallyAsync(Guid id, InitialAssessmentRequest request, CancellationToken ct)
    {
        var harm = RequestValues.ParseCode<RiskLevel>(request.Harm)!.Value;
        var risk = RequestValues.ParseCode<RiskLevel>(request.Risk)!.Value;
        var emergency = request.EmergencyNeeded!.Value;
        return StepAsync(id, request.Version, At(request.OccurredAt), (c, actor) =>
        {
            c.RecordInitialAssessment(new InitialAssessment(harm, risk, emergency, sealer.Seal(request.Reason!, c.Id), actor.UserId, actor.At), actor);
            return [new CaseAssessed(c.Id, c.UnitCode, harm, risk, emergency, actor.At)];
        }, ct, emergency ? null : CaseDeadlineRules.EmergencyDecided);
    }

    public Task<CaseStepResponse> AssessSpecificallyAsync(Guid id, SpecificAssessmentRequest request, CancellationToken ct)
    {
        var needs = Needs(request.Needs!);
        return StepAsync(id, request.Version, At(request.OccurredAt), (c, actor) =>
        {
            c.RecordSpecificAssessment(new SpecificAssessment(sealer.SealJson(request.Areas!, c.Id), string.Join(';', needs), actor.UserId, actor.At), actor);
            return [new CaseNeedsIdentified(c.Id, c.UnitCode, needs, actor.At)];
        }, ct);
    }

    public Task<CaseStepResponse> HoldConferenceAsync(Guid id, ConferenceRequest request, CancellationToken ct)
    {
        var needs = Needs(request.NeedsAgreed!);
        var occurredAt = RequestValues.ParseInstant(request.OccurredAt);
        var heldOn = RequestValues.ParseDate(request.HeldOn) ?? VietnamTime.DateOf(occurredAt!.Value);
        return StepAsync(id, request.Version, c => occurredAt ?? StepTime.OfDay(heldOn, CaseUnitOfWork.EarliestStepTime(c), clock), (c, actor) =>
        {
            var minutes = sealer.SealJson(new ViewCase.ConferenceMinutes(request.Participants, request.Notes), c.Id);
            c.RecordConference(new CaseConference(heldOn, minutes, string.Join(';', needs), actor.UserId, actor.At), actor);
            return [new CaseConferenceHeld(c.Id, c.UnitCode, heldOn, needs, actor.At)];
        }, ct);
    }

    public Task<CaseStepResponse> ProposeClosureAsync(Guid id, ClosureProposalRequest request, CancellationToken ct)
    {
        var reason = lookups.Value.ClosureReasonsOrDefault.Single(r => r.Code == request.ReasonCode);
        return StepAsync(id, request.Version, At(request.OccurredAt), (c, actor) =>
        {
            c.ProposeClosure(reason.Code, reason.NeedsReview, request.Note is { Length: > 0 } note ? sealer.Seal(note, c.Id) : null, actor);
            return [new CaseClosureProposed(c.Id, c.UnitCode, reason.Code, actor.At)];
        }, ct);
    }

    public Task<CaseStepResponse> DecideClosureAsync(Guid id, ClosureDecisionRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, At(request.OccurredAt), (c, actor) =>
        {
            c.DecideClosure(request.Approve!.Value, actor);
            return request.Approve.Value ? [new CaseClosed(c.Id, c.UnitCode, c.Closure!.ReasonCode, actor.At)] : [];
        }, ct);

    public Task<CaseStepResponse> ReopenAsync(Guid id, ReopenRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, At(request.OccurredAt), (c, actor) =>
        {
            c.Reopen(request.ReasonCode!, actor);
            return [new CaseReopened(c.Id, c.UnitCode, actor.At)];
        }, ct);

    public async Task<CaseStepResponse> AssignAsync(Guid id, AssignRequest request, CancellationToken ct)
    {
        var assignee = request.UserId is { } userId ? await work.Db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, ct) : null;
        return await StepAsync(id, request.Version, Now, (c, actor) =>
        {
            if (request.UserId is not null && !CanWork(assignee, c))
            {
                throw new RequestValidationException(new Dictionary<string, string[]>
                {
                    ["userId"] = [CasesText.Messages.Get("case.assignee_invalid", c.UnitCode)],
                });
            }

            c.Assign(request.UserId, actor);
            return [new CaseAssigned(c.Id, c.UnitCode, request.UserId, actor.At)];
        }, ct);
    }

    /// <summary>A case is worked by a social worker of its own commune whose account is open.</summary>
    private static bool CanWork(AccountCopy? account, Case subject) =>
        account is { Active: true } && account.HasRole(Roles.SocialWorker) && account.UnitCode == subject.UnitCode;

    public async Task<CaseStepResponse> ReclassifyAsync(Guid id, ReclassifyRequest request, CancellationToken ct)
    {
        var incident = IntakeHandler.Incident(request.Incident!);
        var found = await work.FindAsync(id, request.Version, ct);
        // A case stays with its commune: a place in another commune is a transfer, asked for and accepted as such.
        if (incident.PlaceUnitCode is { Length: > 0 } place
            && (await units.CommuneOfAsync(place, VietnamTime.Today(clock), ct))?.CommuneCode != found.UnitCode)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["incident.placeUnitCode"] = [CasesText.Messages.Get("case.reclassify_other_commune", found.UnitCode)],
            });
        }

        var wasAbuse = found.Incident.Kind == IncidentKind.Abuse;
        found.Reclassify(incident, work.Actor());
        if (!wasAbuse && incident.Kind == IncidentKind.Abuse)
        {
            await work.SignalAsync(found, CaseDeadlineRules.AbuseReported, ct, at: found.UpdatedAt); // From the moment the abuse is known.
        }

        var children = await work.Db.Children.AsNoTracking().Where(ch => found.Children.Select(l => l.ChildId).Contains(ch.Id)).ToListAsync(ct);
        var facts = found.Children.Join(children, l => l.ChildId, ch => ch.Id, (l, ch) => new ChildFacts(ch.Id, ch.Sex, l.AgeAtReport, ch.BirthYear, ch.ResidenceUnitCode)).ToList();
        await work.SaveAsync(found, [new CaseReclassified(found.Id, found.UnitCode, incident.ToFacts(), facts, found.UpdatedAt)], ct);
        return Response(found);
    }

    public async Task<CaseStepResponse> RequestTransferAsync(Guid id, TransferRequest request, CancellationToken ct)
    {
        var target = await TransferTargetAsync(request.ToUnitCode!, "toUnitCode", ct);
        return await StepAsync(id, request.Version, Now, (c, actor) =>
        {
            c.RequestTransfer(target, actor);
            return [new CaseTransferRequested(c.Id, c.Number, c.UnitCode, target, actor.At)];
        }, ct);
    }

    /// <summary>Accepted by the receiving commune.</summary>
    public async Task<CaseStepResponse> AcceptTransferAsync(Guid id, VersionedRequest request, CancellationToken ct)
    {
        var found = await FindIncomingAsync(id, request.Version, ct);
        var actor = work.Actor();
        var from = found.AcceptTransfer(actor);
        foreach (var referral in await work.Db.Referrals.Where(r => r.CaseId == found.Id).ToListAsync(ct))
        {
            referral.FollowCase(found.UnitCode);
        }

        return await work.InTransactionAsync(async () =>
        {
            // The case is found by name in its new commune from now on.
            await work.Db.CaseSearchKeys.Where(k => k.CaseId == found.Id).ExecuteUpdateAsync(set => set.SetProperty(k => k.UnitCode, found.UnitCode), ct);
            await work.SaveAsync(found, [new CaseTransferred(found.Id, from, found.UnitCode, actor.At)], ct);
            return Response(found);
        }, ct);
    }

    /// <summary>Declined by the receiving commune, with its reason: the case stays with the commune that asked.</summary>
    public async Task<CaseStepResponse> DeclineTransferAsync(Guid id, TransferDeclineRequest request, CancellationToken ct)
    {
        var found = await FindIncomingAsync(id, request.Version, ct);
        found.DeclineTransfer(RequestValues.ParseCode<TransferDeclineReason>(request.ReasonCode)!.Value, work.Actor());
        await work.SaveAsync(found, [], ct);
        return Response(found);
    }

    /// <summary>A case another commune asks the caller's commune to take over: found by the transfer's target,
    /// inside the caller's jurisdiction (the case itself is not theirs yet).</summary>
    private async Task<Case> FindIncomingAsync(Guid id, int? version, CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var found = await work.Db.Cases.Include(c => c.Children).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found?.PendingTransfer is not { } pending || !visible.Contains(pending.ToUnitCode))
        {
            throw new NotFoundException("case.not_found", CasesText.Messages["case.not_found"]);
        }

        CaseUnitOfWork.CheckVersion(found, version);
        return found;
    }

    public Task<CaseStepResponse> CancelTransferAsync(Guid id, VersionedRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, Now, (c, actor) =>
        {
            c.CancelTransfer(actor);
            return [];
        }, ct);

    /// <summary>The case after the step, with the next actions this caller may take.</summary>
    private CaseStepResponse Response(Case c) =>
        new(c.Id, c.Number, c.UnitCode, c.Status, c.Version, CaseActionRights.For(c.AllowedActions, caller), c.PendingTransfer?.ToUnitCode);

    private Task<CaseStepResponse> StepAsync(Guid id, int? version, Func<Case, DateTimeOffset?> occurredAt, Action<Case, Actor> step, CancellationToken ct) =>
        StepAsync(id, version, occurredAt, (c, actor) =>
        {
            step(c, actor);
            return [];
        }, ct);

    /// <summary>Finds the case, lets the domain take the step as it happened at <paramref name="occurredAt"/>
    /// (now when null; not before the case's latest step or its report), raises the step's deadline signal at
    /// that time and saves.</summary>
    private async Task<CaseStepResponse> StepAsync(
        Guid id, int? version, Func<Case, DateTimeOffset?> occurredAt, Func<Case, Actor, IEnumerable<object>> step, CancellationToken ct, string? signal = null)
    {
        var found = await work.FindAsync(id, version, ct);
        var earliest = CaseUnitOfWork.EarliestStepTime(found);
        var actor = work.ActorAt(occurredAt(found));
        var events = step(found, actor).ToList();
        CaseUnitOfWork.CheckNotBefore(actor, earliest); // After the step's own rules: a step the case does not allow says so first.
        if (signal is not null)
        {
            await work.SignalAsync(found, signal, ct);
        }

        await work.SaveAsync(found, events, ct);
        return Response(found);
    }

    /// <summary>A step the caller gave the time of (or not).</summary>
    private static Func<Case, DateTimeOffset?> At(string? occurredAt) => _ => RequestValues.ParseInstant(occurredAt);

    /// <summary>A change that is not a step of the procedure (an assignee, a transfer asked for): it happens when typed in.</summary>
    private static DateTimeOffset? Now(Case _) => null;

    /// <summary>A commune in force today that the case can move to (any commune: transfers cross jurisdictions).</summary>
    private async Task<string> TransferTargetAsync(string code, string field, CancellationToken ct) =>
        (await units.CommuneOfAsync(code, VietnamTime.Today(clock), ct))?.CommuneCode
        ?? throw new RequestValidationException(new Dictionary<string, string[]> { [field] = [CasesText.Messages.Get("unit.not_commune", code)] });

    private static List<string> Needs(IEnumerable<string> codes) =>
        codes.Select(c => RequestValues.ParseCode<Directory.Contracts.ServiceType>(c)!.Value.ToString()).Distinct().ToList();
}
