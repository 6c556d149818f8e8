using CaseManagement.BuildingBlocks;
using CaseManagement.BuildingBlocks.Messaging;
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
/// case. A new case is built whole as values (<see cref="NewCase"/>: the case, its children, keys, report,
/// 12-hour deadline and events) and handed to the <see cref="NewCaseWriter"/>, which numbers it and saves it
/// with the new cases of other requests arriving at the same time (ADR 14).
/// </summary>
internal sealed class IntakeHandler(
    CaseUnitOfWork work, CaseUnits units, Jurisdiction<CasesDbContext> jurisdiction, NewCaseWriter writer, ChildRecords children,
    SensitiveData sealer, NameKeys keys, ICurrentUser user)
{
    /// <summary>Takes the report; with an idempotency key already used by this user, answers the case that key opened
    /// (or the report was added to) and changes nothing.</summary>
    public async Task<IntakeResponse> ReceiveAsync(IntakeRequest request, string? idempotencyKey, CancellationToken ct)
    {
        if (idempotencyKey is not null && await AnsweredAsync(idempotencyKey, ct) is { } answered)
        {
            return answered;
        }

        try
        {
            if (request.MergeIntoCaseId is { } caseId)
            {
                return await MergeAsync(caseId, request, idempotencyKey, ct);
            }

            var draft = await DraftAsync(request, ct);
            if (idempotencyKey is not null)
            {
                draft = draft.With([Key(idempotencyKey, draft.Case.Id, draft.Case.UpdatedAt)], []);
            }

            await writer.OpenAsync(draft);
            return Response(draft.Case);
        }
        catch (Exception e) when (idempotencyKey is not null && ConflictingWrites.IsDuplicateKey(e))
        {
            // The same form sent twice at once: the other request took the key and opened the case.
            return await AnsweredAsync(idempotencyKey, ct) ?? throw new InvalidOperationException("An idempotency key was taken but names no case.", e);
        }
    }

    /// <summary>The case this user's report with this key opened (or was added to), if any.</summary>
    public async Task<IntakeResponse?> AnsweredAsync(string idempotencyKey, CancellationToken ct)
    {
        var caseId = await work.Db.IntakeKeys.AsNoTracking().Where(k => k.UserId == user.Id && k.Key == idempotencyKey)
            .Select(k => (Guid?)k.CaseId).SingleOrDefaultAsync(ct);
        return caseId is { } id ? Response(await work.Db.Cases.AsNoTracking().Include(c => c.Children).SingleAsync(c => c.Id == id, ct)) : null;
    }

    private IntakeKey Key(string idempotencyKey, Guid caseId, DateTimeOffset at) =>
        new() { UserId = user.Id!, Key = idempotencyKey, CaseId = caseId, CreatedAt = at };

    /// <summary>Everything a new case needs, as values, before it is numbered; a caller may add what opens with it
    /// (a crime report's referral) before handing it to the writer.</summary>
    public async Task<NewCase> DraftAsync(IntakeRequest request, CancellationToken ct)
    {
        var actor = work.Actor();
        var receivedAt = ReceivedAt(request, actor);
        var reportDay = VietnamTime.DateOf(receivedAt);
        var commune = await CommuneAsync(request, reportDay, ct);
        var id = Guid.CreateVersion7();
        var resolved = await children.ResolveAsync(id, request.Children!, reportDay, ct);
        var report = Report(id, request, receivedAt, actor);
        var incident = Incident(request.Incident!);
        var opened = Case.Open(id, "", commune.CommuneCode, incident, report, resolved.Select(c => c.Link), actor);
        var deadlines = await work.NewDeadlinesAsync(opened, CaseDeadlineRules.AtIntake(incident.Kind), receivedAt, ct, place: commune);
        var reported = new CaseReported(
            opened.Id, opened.Number, opened.UnitCode, report.Id, report.Channel, receivedAt, incident.ToFacts(), [.. resolved.Select(c => c.Facts)], actor.At);
        // Every row of a new case is new: they go in without the change tracker (ADR 13).
        return new NewCase(
            opened, reportDay.Year, [.. Registered(resolved), opened, .. SearchKeys(opened, resolved, []), .. deadlines], reported,
            [.. CaseUnitOfWork.EventsOf(opened, opened.TakeTransitions(), [])], CorrelationContext.Current);
    }

    /// <summary>When the report was received: as given (taken on paper, or offline), else now.</summary>
    private static DateTimeOffset ReceivedAt(IntakeRequest request, Actor actor) =>
        (RequestValues.ParseInstant(request.ReceivedAt) ?? actor.At).ToUniversalTime();

    private static IntakeResponse Response(Case opened) =>
        new(opened.Id, opened.Number, opened.UnitCode, opened.Status.ToString(), opened.Version, [.. opened.Children.Select(c => c.ChildId)]);

    /// <summary>Another report of a known case. Adding a report to a known case reveals the case: the commune's work,
    /// not every reporter's.</summary>
    private async Task<IntakeResponse> MergeAsync(Guid caseId, IntakeRequest request, string? idempotencyKey, CancellationToken ct)
    {
        if (!Capabilities.Grants(Capabilities.CasesMerge, user.IsInRole))
        {
            throw new ForbiddenException("case.merge_forbidden", CasesText.Messages["case.merge_forbidden"]);
        }

        var actor = work.Actor();
        var receivedAt = ReceivedAt(request, actor);
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
        if (idempotencyKey is not null)
        {
            work.Db.IntakeKeys.Add(Key(idempotencyKey, existing.Id, actor.At));
        }

        await work.SaveAsync(existing, [new CaseReportMerged(existing.Id, existing.UnitCode, report.Id, report.Channel, receivedAt, actor.At)], ct);
        return Response(existing);
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
