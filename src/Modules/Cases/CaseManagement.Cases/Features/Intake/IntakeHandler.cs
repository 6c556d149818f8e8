using CaseManagement.BuildingBlocks;
using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Privacy;
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
/// On its own, a new case is saved in one transaction with the new cases of other requests arriving
/// at the same time; inside the caller's transaction, in that one.
/// </summary>
internal sealed class IntakeHandler(
    CaseUnitOfWork work, CaseUnits units, Jurisdiction<CasesDbContext> jurisdiction, CaseNumbers numbers, NewCaseWriter writer, ChildRecords children,
    SensitiveData sealer, NameKeys keys, ICurrentUser user)
{
    public async Task<IntakeResponse> ReceiveAsync(IntakeRequest request, CancellationToken ct)
    {
        var actor = work.Actor();
        var receivedAt = (RequestValues.ParseInstant(request.ReceivedAt) ?? actor.At).ToUniversalTime();
        var reportDay = VietnamTime.DateOf(receivedAt);
        if (request.MergeIntoCaseId is { } caseId)
        {
            // Adding a report to a known case reveals the case: the commune's work, not every reporter's.
            if (!Capabilities.Grants(Capabilities.CasesMerge, user.IsInRole))
            {
                throw new ForbiddenException("case.merge_forbidden", CasesText.Messages["case.merge_forbidden"]);
            }

            return await MergeAsync(caseId, request, receivedAt, actor, ct);
        }

        var commune = await CommuneAsync(request, reportDay, ct);
        var id = Guid.CreateVersion7();
        var childRecords = await children.ResolveAsync(id, request.Children!, reportDay, ct);
        var report = Report(id, request, receivedAt, actor);
        var incident = Incident(request.Incident!);
        var opening = new Opening(id, commune.CommuneCode, incident, report, childRecords, actor);
        return work.Db.Database.CurrentTransaction is null
            ? await OpenTogetherAsync(opening, reportDay.Year, ct)
            : await OpenInTransactionAsync(opening, reportDay.Year, ct);
    }

    /// <summary>What a new case is opened from, its number aside.</summary>
    private sealed record Opening(Guid Id, string CommuneCode, Incident Incident, IntakeReport Report, IReadOnlyList<ResolvedChild> Children, Actor Actor);

    /// <summary>A report on its own is numbered and saved with the reports arriving at the same time
    /// (<see cref="NewCaseWriter"/>, ADR 14); its deadline is worked out here, before it waits.</summary>
    private async Task<IntakeResponse> OpenTogetherAsync(Opening opening, int year, CancellationToken ct)
    {
        foreach (var signal in CaseDeadlineRules.AtIntake(opening.Incident.Kind))
        {
            await work.SignalAsync(opening.Id, opening.CommuneCode, opening.Report.ReceivedAt, signal, opening.Report.ReceivedAt, ct, isNew: true);
        }

        var deadlines = work.Db.TakeAdded();
        var correlation = CorrelationContext.Current;
        Case? opened = null;
        await writer.OpenAsync(new NewCase(opening.CommuneCode, year, number =>
        {
            opened = Open(opening, number);
            var events = CaseUnitOfWork.EventsOf(opened, opened.TakeTransitions(), [Reported(opened, opening)])
                .Select(e => OutboxMessage.Create(e, opened.UpdatedAt, correlation));
            return [.. NewRows(opened, opening.Children), .. deadlines, .. events];
        }));
        return Response(opened!, opening.Children);
    }

    /// <summary>Inside the caller's transaction (a crime report the police log commits with its
    /// referral): the number and the case commit with the caller's work.</summary>
    private async Task<IntakeResponse> OpenInTransactionAsync(Opening opening, int year, CancellationToken ct)
    {
        var number = await numbers.NextAsync(opening.CommuneCode, year, ct);
        var opened = Open(opening, number);
        foreach (var signal in CaseDeadlineRules.AtIntake(opening.Incident.Kind))
        {
            await work.SignalAsync(opened, signal, ct, at: opening.Report.ReceivedAt, isNew: true);
        }

        await work.QueueAsync(opened, [Reported(opened, opening)], ct);
        await work.Db.InsertNewAsync(NewRows(opened, opening.Children), ct);
        return Response(opened, opening.Children);
    }

    private static Case Open(Opening opening, string number) =>
        Case.Open(opening.Id, number, opening.CommuneCode, opening.Incident, opening.Report, opening.Children.Select(c => c.Link), opening.Actor);

    private static CaseReported Reported(Case opened, Opening opening) => new(
        opened.Id, opened.Number, opened.UnitCode, opening.Report.Id, opening.Report.Channel, opening.Report.ReceivedAt, opening.Incident.ToFacts(),
        opening.Children.Select(c => c.Facts).ToList(), opening.Actor.At);

    /// <summary>Every row of a new case is new: they go in without the change tracker (ADR 13).</summary>
    private List<object> NewRows(Case opened, IReadOnlyList<ResolvedChild> resolved) =>
        [.. Registered(resolved), opened, .. SearchKeys(opened, resolved, [])];

    private static IntakeResponse Response(Case opened, IReadOnlyList<ResolvedChild> resolved) =>
        new(opened.Id, opened.Number, opened.UnitCode, opened.Status.ToString(), opened.Version, resolved.Select(c => c.Link.ChildId).ToList());

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
        // A village collaborator reports for the village they cover; the case goes to its commune.
        return await jurisdiction.CoversAsync(commune.CommuneCode, ct) || await jurisdiction.CoversAsync(code, ct)
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
