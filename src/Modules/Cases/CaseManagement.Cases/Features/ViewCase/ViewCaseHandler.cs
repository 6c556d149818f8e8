using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Cases.Domain;
using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.ViewCase;

/// <summary>One case, opened for the caller: identities and free text only for the roles that work
/// with them (every call is audited by the endpoint).</summary>
internal sealed class ViewCaseHandler(
    CasesDbContext db, Jurisdiction<CasesDbContext> jurisdiction, CaseActors actors, SensitiveData sealer,
    DeadlineRuleBook<CasesDbContext> rules, CaseUnits units, ISupportDeadlines supportDeadlines, TimeProvider clock, ICurrentUser caller)
{
    public async Task<CaseDetails> GetAsync(Guid id, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        var links = found.Children;
        var childIds = links.Select(l => l.ChildId).ToList();
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var reports = await db.Reports.AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.ReceivedAt).ToListAsync(ct);
        var deadlines = await DeadlinesAsync(found, ct);
        var names = await NamesAsync(id, ct);
        var open = actors.SeesIdentities;
        return new CaseDetails(
            found.Id, found.Number, found.UnitCode, found.Status, CasesText.NameOf(found.Status), found.Version, CaseActionRights.For(found.AllowedActions, caller),
            found.ReceivedAt, found.ClosedAt, found.AssignedUserId, found.PendingTransfer?.ToUnitCode, !open,
            Incident(found.Incident),
            links.Select(l => Child(children[l.ChildId], l, open)).ToList(),
            reports.Select(r => Report(r, open, names)).ToList(),
            found.InitialAssessment is { } a
                ? new InitialAssessmentView(a.Harm, a.Risk, a.EmergencyNeeded, open ? sealer.Open(a.ReasonSealed, id) : null, a.AssessedBy, a.AssessedAt, names.Of(a.AssessedBy))
                : null,
            found.SpecificAssessment is { } s
                ? new SpecificAssessmentView(Split(s.Needs), open ? sealer.OpenJson<AssessmentAreas>(s.AreasSealed, id) : null, s.AssessedBy, s.AssessedAt, names.Of(s.AssessedBy))
                : null,
            found.Conference is { } c ? Conference(c, id, open) : null,
            found.Closure is { } x
                ? new ClosureView(x.ReasonCode, open && x.NoteSealed is { } note ? sealer.Open(note, id) : null, x.ProposedBy, x.ProposedAt, x.DecidedBy, x.DecidedAt, x.Approved,
                    names.Of(x.ProposedBy), x.DecidedBy is { } decider ? names.Of(decider) : null)
                : null,
            deadlines,
            found.PendingTransfer is null ? CaseActionRights.SupportFor(found.Status, caller) : []);
    }

    public async Task<IReadOnlyList<TimelineView>> TimelineAsync(Guid id, CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        if (!await db.Cases.WithinJurisdiction(visible, c => c.UnitCode).AnyAsync(c => c.Id == id, ct))
        {
            throw new NotFoundException("case.not_found", CasesText.Messages["case.not_found"]);
        }

        var entries = await db.Timeline.AsNoTracking().Where(t => t.CaseId == id).ToListAsync(ct);
        // In the order things happened; entries of one moment in the order they were made.
        return entries.OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new TimelineView(
                t.At, t.UserId, t.UserName, t.Action, t.StatusAfter, t.Detail, t.RecordedAt,
                CasesText.Messages.Find("timeline." + t.Action) ?? t.Action, CasesText.NameOf(t.StatusAfter)))
            .ToList();
    }

    private async Task<Case> FindAsync(Guid id, CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        return await db.Cases.AsNoTracking().Include(c => c.Children).WithinJurisdiction(visible, c => c.UnitCode)
            .SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("case.not_found", CasesText.Messages["case.not_found"]);
    }

    /// <summary>Everything due on the case: its own limits and SupportInterventions' (the plan's 5 + 2 working days, a
    /// separation's reassessment), each named as it applies to the case's commune (a remote commune's 48 hours).</summary>
    private async Task<List<DeadlineView>> DeadlinesAsync(Case found, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var place = await units.CommuneOfAsync(found.UnitCode, VietnamTime.DateOf(found.ReceivedAt), ct);
        var own = await db.Deadlines.AsNoTracking().Where(d => d.CaseId == found.Id).ToListAsync(ct);
        var support = await supportDeadlines.OfCaseAsync(found.Id, found.UnitCode, ct);
        return own.Select(d => new DeadlineView(
                d.RuleCode, rules.NameOf(d.RuleCode, place?.ProvinceCode, place?.Remote ?? false), d.SubjectId,
                d.StartedAt, d.DueAt, d.StoppedAt, Overdue(d.StoppedAt, d.DueAt, d.Met, now), CasesModule.Name))
            .Concat(support.Select(d => new DeadlineView(
                d.RuleCode, d.Name, d.SubjectId, d.StartedAt, d.DueAt, d.StoppedAt, Overdue(d.StoppedAt, d.DueAt, d.Met, now), "support")))
            .OrderBy(d => d.DueAt).ToList();
    }

    private static bool Overdue(DateTimeOffset? stoppedAt, DateTimeOffset dueAt, bool met, DateTimeOffset now) => stoppedAt is null ? dueAt < now : !met;

    private ChildView Child(Child child, CaseChild link, bool open)
    {
        var identity = sealer.OpenJson<ChildIdentity>(child.IdentitySealed, child.Id);
        return new ChildView(
            child.Id, open ? identity.FullName : Masking.Initials(identity.FullName), child.Sex, link.AgeAtReport, child.BirthYear, child.BirthYearEstimated,
            child.Ethnicity, child.ResidenceUnitCode, open ? identity : null);
    }

    /// <summary>The names of the officers who acted on the case, as its timeline recorded them when they acted.</summary>
    private async Task<OfficerNames> NamesAsync(Guid caseId, CancellationToken ct)
    {
        var acted = await db.Timeline.AsNoTracking().Where(t => t.CaseId == caseId).Select(t => new { t.UserId, t.UserName, t.RecordedAt }).ToListAsync(ct);
        // A renamed officer keeps the latest name they acted under.
        return new(acted.GroupBy(t => t.UserId).ToDictionary(g => g.Key, g => g.MaxBy(t => t.RecordedAt)!.UserName));
    }

    private ReportView Report(IntakeReport report, bool open, OfficerNames names) => new(
        report.Id, report.Channel, report.ReceivedAt, report.ReceivingBody, report.RecordedBy, !report.ReporterConsented, report.ReporterRelationship,
        open && report.ReporterSealed is { } reporter ? sealer.OpenJson<ReporterIdentity>(reporter, report.Id) : null,
        open ? sealer.OpenJson<Narrative>(report.NarrativeSealed, report.Id) : null, names.Of(report.RecordedBy));

    private ConferenceView Conference(CaseConference conference, Guid caseId, bool open)
    {
        var minutes = open ? sealer.OpenJson<ConferenceMinutes>(conference.MinutesSealed, caseId) : null;
        return new ConferenceView(conference.HeldOn, Split(conference.NeedsAgreed), minutes?.Participants, minutes?.Notes, conference.RecordedAt);
    }

    private static IncidentView Incident(Incident i) => new(
        i.Kind, CasesText.NameOf(i.Kind), i.AbuseType, i.AbuseSubType, i.InjuryCause, i.InjurySeverity, i.SpecialCircumstances, i.PlaceUnitCode, i.Setting, i.OccurredOn);

    private static List<string> Split(string codes) => [.. codes.Split(';', StringSplitOptions.RemoveEmptyEntries)];
}

/// <summary>The sealed part of a case conference.</summary>
public sealed record ConferenceMinutes(string? Participants, string? Notes);

/// <summary>User ids to the names they acted under; an id the timeline does not know stays as it is.</summary>
internal sealed record OfficerNames(IReadOnlyDictionary<string, string> ByUserId)
{
    public string Of(string userId) => ByUserId.GetValueOrDefault(userId, userId);
}
