using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Deadlines;

/// <summary>
/// Starts and stops a module's deadlines from signals its use cases raise (<c>case.reported</c>,
/// <c>referral.forensic-ordered</c>…). Works in the caller's unit of work: the deadlines and their
/// events are saved by the caller's SaveChanges, with the change that raised the signal.
/// </summary>
public sealed class DeadlineTracker<TContext>(
    TContext db, DeadlineRuleBook<TContext> rules, ModuleCalendar<TContext> calendar, IDeadlineEvents<TContext> events, TimeProvider clock)
    where TContext : DbContext, IDeadlineStore
{
    public async Task SignalAsync(string signal, DeadlineSubject subject, DateTimeOffset at, CancellationToken ct)
    {
        var stopped = rules.CodesStoppedBy(signal);
        if (stopped.Count > 0)
        {
            foreach (var deadline in await OpenAsync(subject, stopped, ct))
            {
                deadline.Stop(at);
                Publish(events.Stopped(deadline));
            }
        }

        var started = rules.StartedBy(signal, subject.ProvinceCode, subject.Remote).ToList();
        if (started.Count > 0)
        {
            var workingDays = await calendar.GetAsync(ct);
            var running = (await OpenAsync(subject, started.Select(r => r.Code).ToHashSet(), ct)).Select(d => d.RuleCode).ToHashSet();
            db.Deadlines.AddRange(Start(started.Where(r => !running.Contains(r.Code)), subject, at, workingDays));
        }
    }

    /// <summary>The deadlines a signal starts for a subject that has none yet (a case being opened), as values for the
    /// caller to save with the subject's other rows.</summary>
    public async Task<IReadOnlyList<TrackedDeadline>> StartedForNewAsync(string signal, DeadlineSubject subject, DateTimeOffset at, CancellationToken ct)
    {
        var started = rules.StartedBy(signal, subject.ProvinceCode, subject.Remote).ToList();
        if (started.Count == 0)
        {
            return [];
        }

        return [.. Start(started, subject, at, await calendar.GetAsync(ct))];
    }

    private static IEnumerable<TrackedDeadline> Start(IEnumerable<DeadlineRule> rules, DeadlineSubject subject, DateTimeOffset at, Time.WorkingCalendar workingDays) =>
        rules.Select(rule => TrackedDeadline.Start(rule, subject, at, rule.DueFrom(at, workingDays)));

    /// <summary>The subject's open deadlines with these codes, saved or only just started in this unit of
    /// work; one stopped earlier in this unit of work is no longer open, so a signal that both stops and
    /// starts a rule (a recurring follow-up) starts the next one.</summary>
    private async Task<List<TrackedDeadline>> OpenAsync(DeadlineSubject subject, IReadOnlySet<string> codes, CancellationToken ct)
    {
        var saved = await db.Deadlines
            .Where(d => d.CaseId == subject.CaseId && d.SubjectId == subject.SubjectId && d.StoppedAt == null && codes.Contains(d.RuleCode))
            .ToListAsync(ct);
        var added = db.Deadlines.Local
            .Where(d => d.CaseId == subject.CaseId && d.SubjectId == subject.SubjectId && d.IsOpen && codes.Contains(d.RuleCode));
        return saved.Union(added).Where(d => d.IsOpen).ToList();
    }

    private void Publish(object? integrationEvent)
    {
        if (integrationEvent is not null)
        {
            db.AddIntegrationEvent(integrationEvent, clock.GetUtcNow());
        }
    }
}
