using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Monitoring;

/// <summary>
/// Records monitoring visits and calls. An alternative-care follow-up meets the schedule counted from
/// the placement: the first meets the 1-month limit, the second the 3-month one and starts the
/// 6-monthly cycle, each later one meets the running 6-month limit and starts the next.
/// </summary>
internal sealed class MonitoringHandler(SupportUnitOfWork work, CaseTexts texts)
{
    public async Task<MonitoringResponse> RecordAsync(Guid caseId, MonitoringRequest request, CancellationToken ct)
    {
        var subject = await work.FindCaseForAsync(caseId, Cases.Contracts.SupportAction.Monitoring, ct);
        var visitedOn = RequestValues.ParseDate(request.VisitedOn)!.Value;

        var author = work.Actor();
        var visit = MonitoringVisit.Record(subject, visitedOn, RequestValues.ParseCode<MonitoringKind>(request.Kind)!.Value, texts.Seal(request.Observations!.Trim(), caseId),
            RequestValues.ParseCode<ChildSituation>(request.Situation)!.Value, author);
        if (visit.Kind == MonitoringKind.AlternativeCareFollowUp)
        {
            var since = subject.AlternativeCareSince!.Value;
            var earlier = await work.Db.Visits.CountAsync(v => v.CaseId == caseId && v.Kind == MonitoringKind.AlternativeCareFollowUp && v.VisitedOn >= since, ct);
            foreach (var signal in FollowUpSignals(earlier))
            {
                await work.SignalAsync(signal, caseId, subject.UnitCode, author.At, ct);
            }
        }

        work.Db.Visits.Add(visit);
        await work.SaveAsync([new MonitoringRecorded(visit.Id, caseId, subject.UnitCode, visit.Kind, visit.Situation, visit.VisitedOn, author.At)], author.At, ct);
        return ToResponse(visit);
    }

    public async Task<IReadOnlyList<MonitoringResponse>> OfCaseAsync(Guid caseId, CancellationToken ct)
    {
        await work.FindCaseAsync(caseId, ct);
        var visits = await work.Db.Visits.AsNoTracking().Where(v => v.CaseId == caseId).OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.RecordedAt).ToListAsync(ct);
        return [.. visits.Select(ToResponse)];
    }

    private static string[] FollowUpSignals(int earlierFollowUps) => earlierFollowUps switch
    {
        0 => [SupportDeadlineRules.FirstFollowUp],
        1 => [SupportDeadlineRules.SecondFollowUp, SupportDeadlineRules.PeriodicFollowUp],
        _ => [SupportDeadlineRules.PeriodicFollowUp],
    };

    private MonitoringResponse ToResponse(MonitoringVisit v) => new(
        v.Id, v.CaseId, v.VisitedOn, v.Kind.ToString(), SupportText.NameOf(v.Kind), texts.Open(v.ObservationsSealed, v.CaseId), v.Situation.ToString(), SupportText.NameOf(v.Situation),
        v.VisitedBy, v.RecordedAt);
}
