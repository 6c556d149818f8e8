using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using CaseManagement.Cases.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Intake;

/// <summary>
/// Takes a report (Mẫu 01): works out the commune the case belongs to (where it happened, else where
/// the child lives), checks it is inside the caller's jurisdiction, seals who the child and the
/// reporter are, and opens a case with a readable number, or merges the report into an existing
/// case. The case, its children, the report, the events and the 12-hour deadline are saved together.
/// </summary>
internal sealed class IntakeHandler(
    CaseWork work, CaseUnits units, Jurisdiction<CasesDbContext> jurisdiction, CaseNumbers numbers, ChildRecords children, SensitiveData sealer, NameKeys keys)
{
    public async Task<IntakeResponse> ReceiveAsync(IntakeRequest request, CancellationToken ct)
    {
        var actor = work.Actor();
        var receivedAt = (RequestValues.ParseInstant(request.ReceivedAt) ?? actor.At).ToUniversalTime();
        var reportDay = VietnamTime.DateOf(receivedAt);
        if (request.MergeIntoCaseId is { } caseId)
        {
            return await MergeAsync(caseId, request, receivedAt, actor, ct);
        }

        var commune = await CommuneAsync(request, reportDay, ct);
        var id = Guid.CreateVersion7();
        var childRecords = await children.ResolveAsync(id, request.Children!, reportDay, ct);
        var report = Report(id, request, receivedAt, actor);
        var incident = Incident(request.Incident!);
        // The number and the case commit together: one commit per report, and the commune's counter
        // row is held only for the save that follows.
        return await work.InTransactionAsync(async () =>
        {
            var number = await numbers.NextAsync(commune.CommuneCode, reportDay.Year, ct);
            var opened = Case.Open(id, number, commune.CommuneCode, incident, report, childRecords.Select(c => c.Link), actor);
            await work.SignalAsync(opened, CaseDeadlineRules.Reported, ct, at: receivedAt, isNew: true);
            await work.QueueAsync(opened, [new CaseReported(
                opened.Id, number, opened.UnitCode, report.Id, report.Channel, receivedAt, incident.ToFacts(),
                childRecords.Select(c => c.Facts).ToList(), actor.At)], ct);
            // Every row of a new case is new: they go in without the change tracker (ADR 13).
            await work.Db.InsertNewAsync([.. Registered(childRecords), opened, .. SearchKeys(opened, childRecords, [])], ct);
            return new IntakeResponse(opened.Id, number, opened.UnitCode, opened.Status.ToString(), opened.Version, childRecords.Select(c => c.Link.ChildId).ToList());
        }, ct);
    }

    private async Task<IntakeResponse> MergeAsync(Guid caseId, IntakeRequest request, DateTimeOffset receivedAt, Actor actor, CancellationToken ct)
    {
        var existing = await work.FindAsync(caseId, null, ct);
        var report = Report(existing.Id, request, receivedAt, actor);
        existing.MergeReport(report, actor);
        var added = await children.ResolveAsync(existing.Id, request.Children ?? [], VietnamTime.DateOf(receivedAt), ct);
        work.Db.Children.AddRange(Registered(added));
        foreach (var child in added)
        {
            existing.AddChild(child.Link, actor);
        }

        var known = await work.Db.CaseSearchKeys.Where(k => k.CaseId == existing.Id).Select(k => k.Hash).ToListAsync(ct);
        work.Db.CaseSearchKeys.AddRange(SearchKeys(existing, added, known));

        await work.SaveAsync(existing, [new CaseReportMerged(existing.Id, existing.UnitCode, report.Id, report.Channel, receivedAt, actor.At)], ct);
        return new IntakeResponse(existing.Id, existing.Number, existing.UnitCode, existing.Status.ToString(), existing.Version,
            existing.Children.Select(c => c.ChildId).ToList());
    }

    /// <summary>The commune of the place it happened, else of the first child's residence.</summary>
    private async Task<CommunePlace> CommuneAsync(IntakeRequest request, DateOnly day, CancellationToken ct)
    {
        var (field, code) = request.Incident?.PlaceUnitCode is { Length: > 0 } place
            ? ("incident.placeUnitCode", place)
            : ("children[0].residenceUnitCode", request.Children is { Count: > 0 } list ? list[0].ResidenceUnitCode : null);
        if (code is null)
        {
            throw Field("incident.placeUnitCode", CasesText.Messages["field.required"]);
        }

        var commune = await units.CommuneOfAsync(code, day, ct) ?? throw Field(field, CasesText.Messages.Get("unit.not_commune", code));
        return await jurisdiction.CoversAsync(commune.CommuneCode, ct)
            ? commune
            : throw Field(field, CasesText.Messages.Get("unit.outside", commune.CommuneCode));
    }

    private IntakeReport Report(Guid caseId, IntakeRequest request, DateTimeOffset receivedAt, Actor actor)
    {
        var id = Guid.CreateVersion7();
        var reporter = request.Reporter;
        var consent = reporter?.Consent == true;
        var incident = request.Incident;
        var narrative = new Narrative(incident?.Description, incident?.CurrentCondition, incident?.LikelyConsequences, incident?.ActionsTaken);
        return IntakeReport.Receive(
            id, caseId, RequestValues.ParseCode<ReportChannel>(request.Channel)!.Value, receivedAt, request.ReceivingBody ?? "", actor, consent,
            consent ? sealer.SealJson(new ReporterIdentity(reporter!.FullName, reporter.Phone, reporter.Address), id) : null,
            reporter?.Relationship, sealer.SealJson(narrative, id));
    }

    private static IEnumerable<Child> Registered(IEnumerable<ResolvedChild> resolved) =>
        resolved.Select(c => c.Registered).OfType<Child>();

    /// <summary>The name words of the case's children, once each, with the case's commune.</summary>
    private IEnumerable<CaseSearchKey> SearchKeys(Case subject, IEnumerable<ResolvedChild> resolved, IEnumerable<long> existing)
    {
        var seen = existing.ToHashSet();
        return resolved.SelectMany(c => keys.WordsOf(subject.Id, subject.UnitCode, c.FullName)).Where(k => seen.Add(k.Hash)).ToList();
    }

    public static Incident Incident(IncidentRequest request)
    {
        var subType = RequestValues.ParseCode<AbuseSubType>(request.AbuseSubType);
        return new Incident(
            RequestValues.ParseCode<IncidentKind>(request.Kind)!.Value,
            RequestValues.ParseCode<AbuseType>(request.AbuseType) ?? (subType is { } s ? AbuseSubTypes.TypeOf(s) : null),
            subType,
            RequestValues.ParseCode<InjuryCause>(request.InjuryCause),
            RequestValues.ParseCode<InjurySeverity>(request.InjurySeverity),
            Domain.Incident.JoinCircumstances((request.SpecialCircumstances ?? []).Select(g => RequestValues.ParseCode<SpecialCircumstance>(g)!.Value)),
            request.PlaceUnitCode,
            request.Setting,
            RequestValues.ParseDate(request.OccurredOn));
    }

    private static RequestValidationException Field(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
