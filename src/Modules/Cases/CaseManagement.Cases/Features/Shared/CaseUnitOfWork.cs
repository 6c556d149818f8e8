using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Shared;

/// <summary>
/// What every use case on an existing case does around the domain call: find the case inside the
/// caller's jurisdiction (else 404), check the version the caller saw (else 409 with the current
/// one), then after the change publish the status events and raise deadline signals, all saved by
/// one SaveChanges.
/// </summary>
public sealed class CaseUnitOfWork(
    CasesDbContext db, Jurisdiction<CasesDbContext> jurisdiction, CaseActors actors, CaseUnits units, DeadlineTracker<CasesDbContext> deadlines)
{
    public CasesDbContext Db => db;

    public Actor Actor() => actors.Now();

    /// <summary>The caller as the actor of something that happened at <paramref name="at"/> (done on paper and
    /// typed in later), or now; a time a few minutes ahead (a phone's clock) is now.</summary>
    public Actor ActorAt(DateTimeOffset? at)
    {
        var actor = actors.Now();
        return at is { } happened ? actor.HappenedAt(StepTime.Resolve(happened, actor.At)) : actor;
    }

    /// <summary>The same, for something that cannot have happened before <paramref name="earliest"/> (what it follows).</summary>
    public Actor ActorAt(DateTimeOffset? at, DateTimeOffset earliest)
    {
        var actor = ActorAt(at);
        CheckNotBefore(actor, earliest);
        return actor;
    }

    /// <summary>A step that happened before what it follows is a field error on its time.</summary>
    public static void CheckNotBefore(Actor actor, DateTimeOffset earliest)
    {
        if (actor.At < earliest)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["occurredAt"] = [CasesText.Messages.Get("case.step_time_too_early", VietnamTime.Format(earliest))],
            });
        }
    }

    /// <summary>The earliest time the case's next step can have happened.</summary>
    public static DateTimeOffset EarliestStepTime(Case subject) => subject.StepAt > subject.ReceivedAt ? subject.StepAt : subject.ReceivedAt;

    public async Task<Case> FindAsync(Guid id, int? expectedVersion, CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var found = await db.Cases.Include(c => c.Children).WithinJurisdiction(visible, c => c.UnitCode)
            .SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("case.not_found", CasesText.Messages["case.not_found"]);
        CheckVersion(found, expectedVersion);
        return found;
    }

    /// <summary>A 409 naming the current version when the caller saw another one.</summary>
    public static void CheckVersion(Case found, int? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != found.Version)
        {
            throw new ConflictException("concurrency", CasesText.Messages.Get("case.version_conflict", found.Version));
        }
    }

    /// <summary>Queues the events of what the case just went through, and saves everything.</summary>
    public async Task SaveAsync(Case changed, IEnumerable<object> events, CancellationToken ct)
    {
        await QueueAsync(changed, events, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Cases.AsNoTracking().Where(c => c.Id == changed.Id).Select(c => c.Version).SingleAsync(ct);
            throw new ConflictException("concurrency", CasesText.Messages.Get("case.version_conflict", current));
        }
    }

    /// <summary>Queues the status events of the case's transitions and the given events, and the
    /// closing signal when it was closed, for the caller's SaveChanges.</summary>
    public async Task QueueAsync(Case changed, IEnumerable<object> events, CancellationToken ct)
    {
        var transitions = changed.TakeTransitions();
        foreach (var integrationEvent in EventsOf(changed, transitions, events))
        {
            db.AddIntegrationEvent(integrationEvent, changed.UpdatedAt);
        }

        if (changed.Status == CaseStatus.Closed && transitions.Any(t => t.To == CaseStatus.Closed))
        {
            await SignalAsync(changed, CaseDeadlineRules.Closed, ct);
        }
    }

    /// <summary>The status events of the transitions just taken from the case, then the given events.</summary>
    public static IEnumerable<object> EventsOf(Case changed, IReadOnlyList<StepTransition> transitions, IEnumerable<object> events) =>
        transitions.Select(t => (object)new CaseStatusChanged(changed.Id, changed.UnitCode, t.From, t.To, t.At, t.Version)).Concat(events);

    /// <summary>A signal about the case at <paramref name="at"/>, by default when its latest step happened.</summary>
    public async Task SignalAsync(Case subject, string signal, CancellationToken ct, Guid? subjectId = null, DateTimeOffset? at = null) =>
        await deadlines.SignalAsync(signal, await DeadlineSubjectAsync(subject, subjectId, ct), at ?? subject.StepAt, ct);

    /// <summary>The deadlines the signals of a case being opened start at <paramref name="at"/>, as rows to insert with it;
    /// <paramref name="place"/> is the case's commune when the caller has just looked it up.</summary>
    public async Task<IReadOnlyList<TrackedDeadline>> NewDeadlinesAsync(
        Case opened, IEnumerable<string> signals, DateTimeOffset at, CancellationToken ct, Guid? subjectId = null, CommunePlace? place = null)
    {
        var subject = place is null
            ? await DeadlineSubjectAsync(opened, subjectId, ct)
            : new DeadlineSubject(opened.Id, subjectId, opened.UnitCode, place.ProvinceCode, place.Remote);
        var started = new List<TrackedDeadline>();
        foreach (var signal in signals)
        {
            started.AddRange(await deadlines.StartedForNewAsync(signal, subject, at, ct));
        }

        return started;
    }

    /// <summary>What picks a case's deadline rules: its commune's province and remoteness when the report came.</summary>
    private async Task<DeadlineSubject> DeadlineSubjectAsync(Case subject, Guid? subjectId, CancellationToken ct)
    {
        var place = await units.CommuneOfAsync(subject.UnitCode, VietnamTime.DateOf(subject.ReceivedAt), ct);
        return new DeadlineSubject(subject.Id, subjectId, subject.UnitCode, place?.ProvinceCode, place?.Remote ?? false);
    }

    /// <summary>Runs the work in the current transaction, or in one of its own committed at the end.</summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await transaction.CommitAsync(ct);
        return result;
    }
}
