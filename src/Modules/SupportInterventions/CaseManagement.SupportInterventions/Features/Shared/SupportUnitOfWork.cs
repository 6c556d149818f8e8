using System.Diagnostics;
using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Shared;

/// <summary>
/// What every support use case does around the domain call: find the case or the plan inside the
/// caller's jurisdiction (else 404), check the version the caller saw (else 409 with the current one),
/// queue the events and deadline signals, and save them with the change in one SaveChanges.
/// </summary>
public sealed class SupportUnitOfWork(
    SupportInterventionsDbContext db, Jurisdiction<SupportInterventionsDbContext> jurisdiction, ICurrentUser user, TimeProvider clock,
    SupportUnits units, DeadlineTracker<SupportInterventionsDbContext> deadlines, ICaseSteps caseSteps)
{
    /// <summary>How long a command waits for this module's copy of a case to reach the step Cases already shows.</summary>
    private static readonly TimeSpan CopyWait = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan CopyPoll = TimeSpan.FromMilliseconds(50);

    public SupportInterventionsDbContext Db => db;

    public Actor Actor() => new(
        user.Id ?? throw new InvalidOperationException("Support work is done by a signed-in user."), user.Name ?? user.Id, clock.GetUtcNow());

    /// <summary>The caller as the actor of a step that happened at <paramref name="at"/> (done on paper, typed in
    /// later), or now. A time before <paramref name="earliest"/> (the step it follows) is an error on
    /// <paramref name="field"/>; a time a few minutes ahead (a phone's clock) is now.</summary>
    public Actor ActorAt(DateTimeOffset? at, DateTimeOffset earliest, string field = "occurredAt")
    {
        var actor = Actor();
        if (at is not { } happened)
        {
            return actor;
        }

        if (happened < earliest)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                [field] = [SupportText.Messages.Get("step.time_too_early", VietnamTime.Format(earliest))],
            });
        }

        return actor.HappenedAt(StepTime.Resolve(happened, actor.At));
    }

    public async Task<SupportCase> FindCaseAsync(Guid caseId, CancellationToken ct) =>
        await VisibleCaseAsync(caseId, ct) ?? throw new NotFoundException("case.not_found", SupportText.Messages["case.not_found"]);

    /// <summary>
    /// The case, for a command doing <paramref name="action"/>. Someone who acts right after the step before (the
    /// assessment that called for an emergency, the conference) must not be refused because this module's copy,
    /// updated by Cases' events, is a moment behind: when Cases' step already allows the action, the copy is waited
    /// for, and if it stays behind the answer says so. When Cases' step does not allow it either, the command's own
    /// rule refuses.
    /// </summary>
    public async Task<SupportCase> FindCaseForAsync(Guid caseId, SupportAction action, CancellationToken ct)
    {
        var copy = await VisibleCaseAsync(caseId, ct);
        if (!Allows(copy, action) && await caseSteps.StatusOfAsync(caseId, ct) is { } step && SupportSteps.Allows(step, action))
        {
            var waiting = Stopwatch.StartNew();
            while (!Allows(copy, action) && waiting.Elapsed < CopyWait)
            {
                await Task.Delay(CopyPoll, ct); // Wall time: the copy is updated by another consumer, not by this clock.
                if (copy is null)
                {
                    copy = await VisibleCaseAsync(caseId, ct);
                }
                else
                {
                    await db.Entry(copy).ReloadAsync(ct);
                }
            }

            if (copy is not null && !Allows(copy, action))
            {
                throw new ConflictException("case.still_updating", SupportText.Messages.Get("case.still_updating", copy.Number));
            }
        }

        if (copy?.Status == CaseStatus.Closed)
        {
            throw new ConflictException("case.closed", SupportText.Messages.Get("case.closed", copy.Number)); // The true reason, not the step's.
        }

        return copy ?? throw new NotFoundException("case.not_found", SupportText.Messages["case.not_found"]);
    }

    private static bool Allows(SupportCase? copy, SupportAction action) => copy is not null && SupportSteps.Allows(copy.Status, action);

    private async Task<SupportCase?> VisibleCaseAsync(Guid caseId, CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        return await db.Cases.WithinJurisdiction(visible, c => c.UnitCode).SingleOrDefaultAsync(c => c.CaseId == caseId, ct);
    }

    public async Task<SupportPlan> FindPlanAsync(Guid planId, int? expectedVersion, CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var plan = await PlansWithHistory().WithinJurisdiction(visible, p => p.UnitCode).SingleOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new NotFoundException("plan.not_found", SupportText.Messages["plan.not_found"]);
        CheckVersion(plan.Version, expectedVersion, "plan.version_conflict");
        return plan;
    }

    /// <summary>The caller saw an older version of the record: 409 naming the current one.</summary>
    public static void CheckVersion(int current, int? expected, string messageCode = "record.version_conflict")
    {
        if (expected is { } seen && seen != current)
        {
            throw new ConflictException("concurrency", SupportText.Messages.Get(messageCode, current));
        }
    }

    /// <summary>Plans with every version, item and decision (what a plan's answer shows).</summary>
    public IQueryable<SupportPlan> PlansWithHistory() =>
        db.Plans.Include(p => p.Versions).ThenInclude(v => v.Items).Include(p => p.Decisions).AsSplitQuery();

    public async Task SignalAsync(string signal, Guid caseId, string unitCode, DateTimeOffset at, CancellationToken ct, Guid? subjectId = null)
    {
        var place = await units.PlaceOfAsync(unitCode, ct);
        await deadlines.SignalAsync(signal, new DeadlineSubject(caseId, subjectId, unitCode, place.ProvinceCode, place.Remote), at, ct);
    }

    /// <summary>Closing a case stops its limits: the case's own and those about one thing in it (a separation).</summary>
    public async Task SignalCaseClosedAsync(Guid caseId, string unitCode, DateTimeOffset at, CancellationToken ct)
    {
        var subjects = await db.Deadlines.Where(d => d.CaseId == caseId && d.StoppedAt == null && d.SubjectId != null).Select(d => d.SubjectId).Distinct().ToListAsync(ct);
        foreach (var subjectId in subjects.Prepend(null))
        {
            await SignalAsync(SupportDeadlineRules.CaseClosed, caseId, unitCode, at, ct, subjectId);
        }
    }

    /// <summary>Queues the events and saves; a concurrent change of the record is a 409 naming its version.</summary>
    public async Task SaveAsync(IEnumerable<object> events, DateTimeOffset at, CancellationToken ct)
    {
        foreach (var integrationEvent in events)
        {
            db.AddIntegrationEvent(integrationEvent, at);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException e)
        {
            var entry = e.Entries[0];
            var current = (await entry.GetDatabaseValuesAsync(ct))?["Version"];
            throw new ConflictException("concurrency", SupportText.Messages.Get(
                entry.Entity is SupportPlan ? "plan.version_conflict" : "record.version_conflict", current ?? "—"));
        }
    }
}
