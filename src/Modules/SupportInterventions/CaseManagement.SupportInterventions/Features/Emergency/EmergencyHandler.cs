using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Emergency;

/// <summary>Records the chair's emergency decision for a case in its emergency step; Cases ends the
/// step and the 12-hour limit from the event.</summary>
internal sealed class EmergencyHandler(SupportUnitOfWork work, CaseTexts texts)
{
    public async Task<EmergencyResponse> DecideAsync(Guid caseId, EmergencyRequest request, CancellationToken ct)
    {
        var subject = await work.FindCaseForAsync(caseId, Cases.Contracts.SupportAction.EmergencyDecision, ct);
        if (await work.Db.Emergencies.AnyAsync(e => e.CaseId == caseId, ct))
        {
            throw new ConflictException("emergency.already_decided", SupportText.Messages.Get("emergency.already_decided", subject.Number));
        }

        // Decided when the chair decided, which is not before the assessment that called for it.
        var chair = work.ActorAt(RequestValues.ParseInstant(request.DecidedAt), subject.StatusAt, "decidedAt");
        var decidedAt = chair.At;
        var measures = request.Measures!.Select(m => new EmergencyMeasure(
            RequestValues.ParseCode<EmergencyMeasureKind>(m.Kind)!.Value, RequestValues.ParseInstant(m.TakenAt)!.Value.ToUniversalTime(),
            texts.SealOptional(m.Note?.Trim(), caseId)));
        var intervention = EmergencyIntervention.Decide(Guid.CreateVersion7(), subject, request.DecisionNumber, decidedAt, measures, chair);
        work.Db.Emergencies.Add(intervention);
        await work.SaveAsync(
            [new EmergencyInterventionRecorded(intervention.Id, caseId, subject.UnitCode, [.. intervention.Measures.Select(m => m.Kind.ToString())],
                chair.UserId, decidedAt, chair.RecordedAt, chair.UserName)],
            chair.RecordedAt, ct);
        return ToResponse(intervention);
    }

    public async Task<EmergencyResponse?> GetAsync(Guid caseId, CancellationToken ct)
    {
        await work.FindCaseAsync(caseId, ct);
        var found = await work.Db.Emergencies.AsNoTracking().SingleOrDefaultAsync(e => e.CaseId == caseId, ct);
        return found is null ? null : ToResponse(found);
    }

    private EmergencyResponse ToResponse(EmergencyIntervention e) => new(
        e.Id, e.CaseId, e.DecisionNumber, e.DecidedAt, e.DecidedByName,
        [.. e.Measures.Select(m => new MeasureResponse(m.Kind.ToString(), SupportText.NameOf(m.Kind), m.TakenAt, texts.OpenOptional(m.NoteSealed, e.CaseId)))]);
}
