using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Shared;

/// <summary>
/// What every support use case does around the domain call: find the case or the plan inside the
/// caller's jurisdiction (else 404), check the version the caller saw (else 409 with the current one),
/// queue the events and deadline signals, and save them with the change in one SaveChanges.
/// </summary>
public sealed class SupportWork(
    SupportInterventionsDbContext db, Jurisdiction<SupportInterventionsDbContext> jurisdiction, ICurrentUser user, TimeProvider clock,
    SupportUnits units, DeadlineTracker<SupportInterventionsDbContext> deadlines)
{
    public SupportInterventionsDbContext Db => db;

    public Actor Actor() => new(
        user.Id ?? throw new InvalidOperationException("Support work is done by a signed-in user."), user.Name ?? user.Id, clock.GetUtcNow());

    public async Task<SupportCase> FindCaseAsync(Guid caseId, CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        return await db.Cases.WithinJurisdiction(visible, c => c.UnitCode).SingleOrDefaultAsync(c => c.CaseId == caseId, ct)
            ?? throw new NotFoundException("case.not_found", SupportText.Messages["case.not_found"]);
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
